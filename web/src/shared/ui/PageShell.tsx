import type { ReactNode } from 'react';
import { LanguagePicker } from '../i18n/LanguagePicker.js';
import { AppNav, Brand, ConsoleLink, type AppPage } from './AppNav.js';
import { Toast } from './Toast.js';
import { UserBadge } from './UserBadge.js';

export interface PageShellProps {
  current: AppPage;
  /** Signed-in user's name (or id while loading). */
  userName: string | null;
  /** Page controls shown in the top bar (owner filter, date range, territory). */
  controls?: ReactNode;
  /** A confirmation shown over the page (see useToast). */
  toast?: string | null;
  /** Shown inside the pages' links (the unread changes). */
  navBadges?: Partial<Record<AppPage, ReactNode>>;
  children: ReactNode;
}

/** Top bar (brand, pages, controls, user) over a scrolling page, in the map's colours. */
export function PageShell({ current, userName, controls, toast = null, navBadges, children }: PageShellProps) {
  return (
    <div className="page-shell">
      <header className="top-bar">
        <Brand />
        <AppNav current={current} badges={navBadges} />
        {controls}
        <div className="top-actions">
          <LanguagePicker />
          <ConsoleLink />
          {userName && <UserBadge name={userName} />}
        </div>
      </header>
      <div className="page-body">{children}</div>
      <Toast message={toast} />
    </div>
  );
}

/** A page's heading: its title, a line or two under it, and the page's main actions on the right. */
export function PageHead({ title, children, actions }: { title: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-head">
      <div>
        <h1>{title}</h1>
        {children}
      </div>
      {actions}
    </div>
  );
}
