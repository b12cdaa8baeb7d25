import type { ReactNode } from 'react';
import { AppNav, Brand, ConsoleLink, type AppPage } from './AppNav.js';

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
        <Brand />
        <AppNav current={current} />
        {controls}
        <div className="top-actions">
          <ConsoleLink />
          {userName && <span className="user">{userName}</span>}
        </div>
      </header>
      <div className="page-body">{children}</div>
    </div>
  );
}
