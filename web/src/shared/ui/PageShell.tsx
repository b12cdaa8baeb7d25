import type { ReactNode } from 'react';
import { AppNav, type AppPage } from './AppNav.js';

export interface PageShellProps {
  current: AppPage;
  /** Signed-in user's name (or id while loading). */
  userName: string | null;
  /** Page controls shown in the top bar (owner filter, date range, territory). */
  controls?: ReactNode;
  children: ReactNode;
}

/** Top bar (brand, pages, controls, user) over a scrolling page, in the map's colours. */
export function PageShell({ current, userName, controls, children }: PageShellProps) {
  return (
    <div className="page-shell">
      <header className="top-bar">
        <a className="brand" href="/" title="KAMgraph: the influence map">
          <span className="logo" aria-hidden="true">◉</span> KAMgraph
        </a>
        <AppNav current={current} />
        {controls}
        <div className="top-actions">
          <a className="button" href="/console" title="GraphQL console for strategists">
            Console
          </a>
          {userName && <span className="user">{userName}</span>}
        </div>
      </header>
      <div className="page-body">{children}</div>
    </div>
  );
}
