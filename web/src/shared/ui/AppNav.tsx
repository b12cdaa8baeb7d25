import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PATHS } from '../urls/paths.js';
import { tr } from '../i18n/intl.js';

// The app's pages: the map and the planning pages (each page loads its own data and keeps
// its view in the query string).
export type AppPage = 'map' | 'plans' | 'agenda' | 'accounts' | 'evidence' | 'changes' | 'console';

// Each page's words are the catalogue's `nav.<id>` (its link) and `nav.<id>.title` (its tooltip).
export const APP_PAGES: readonly { id: AppPage; href: string }[] = [
  { id: 'map', href: PATHS.map },
  { id: 'plans', href: PATHS.plans },
  { id: 'agenda', href: PATHS.agenda },
  { id: 'accounts', href: PATHS.accounts },
  { id: 'evidence', href: PATHS.evidence },
  { id: 'changes', href: PATHS.changes },
];

/**
 * Map / Plans / Agenda / Accounts ...; the console link lives with the page's actions. Compact
 * (the map's crowded top bar): smaller, and without the page you are on (the brand links home).
 * `badges`: something shown inside a page's link (the unread changes), given by the page.
 */
export function AppNav({ current, compact = false, badges = {} }: { current: AppPage; compact?: boolean; badges?: Partial<Record<AppPage, ReactNode>> }) {
  return (
    <nav className={`app-nav${compact ? ' compact' : ''}`} aria-label={tr('nav.pages')}>
      {APP_PAGES.filter((p) => !compact || p.id !== current).map((p) => (
        <Link key={p.id} to={p.href} title={tr(`nav.${p.id}.title`)} className={p.id === current ? 'current' : undefined} aria-current={p.id === current ? 'page' : undefined} data-testid={`nav-${p.id}`}>
          {tr(`nav.${p.id}`)}
          {badges[p.id]}
        </Link>
      ))}
    </nav>
  );
}

/** The brand, linking home (the map). */
export function Brand() {
  return (
    <Link className="brand" to={PATHS.map} title={tr('nav.brandTitle')}>
      <span className="logo" aria-hidden="true">◉</span> KAMgraph
    </Link>
  );
}

/** The query console: a page load of its own (GraphiQL's editor and styles stay off the other pages). */
export function ConsoleLink() {
  return (
    <a className="button" href={PATHS.console} title={tr('nav.console.title')}>
      {tr('nav.console')}
    </a>
  );
}
