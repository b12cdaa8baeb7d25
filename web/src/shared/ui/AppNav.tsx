import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PATHS } from '../urls/paths.js';

// The app's pages: the map and the planning pages (each page loads its own data and keeps
// its view in the query string).
export type AppPage = 'map' | 'plans' | 'agenda' | 'accounts' | 'evidence' | 'changes' | 'console';

export const APP_PAGES: readonly { id: AppPage; href: string; label: string; title: string }[] = [
  { id: 'map', href: PATHS.map, label: 'Map', title: 'The influence map of a territory' },
  { id: 'plans', href: PATHS.plans, label: 'Plans', title: 'Relationship plans: steps, reviews and health' },
  { id: 'agenda', href: PATHS.agenda, label: 'Agenda', title: 'Birthdays, steps, follow-ups, tenders and events ahead' },
  { id: 'accounts', href: PATHS.accounts, label: 'Accounts', title: 'Key-account health: Pareto and the four criteria' },
  { id: 'evidence', href: PATHS.evidence, label: 'Evidence', title: 'Ties suggested by publications, trials and congresses: accept or reject' },
  { id: 'changes', href: PATHS.changes, label: 'Changes', title: 'What changed in what you watch, and in a territory' },
];

/**
 * Map / Plans / Agenda / Accounts ...; the console link lives with the page's actions. Compact
 * (the map's crowded top bar): smaller, and without the page you are on (the brand links home).
 * `badges`: something shown inside a page's link (the unread changes), given by the page.
 */
export function AppNav({ current, compact = false, badges = {} }: { current: AppPage; compact?: boolean; badges?: Partial<Record<AppPage, ReactNode>> }) {
  return (
    <nav className={`app-nav${compact ? ' compact' : ''}`} aria-label="Pages">
      {APP_PAGES.filter((p) => !compact || p.id !== current).map((p) => (
        <Link key={p.id} to={p.href} title={p.title} className={p.id === current ? 'current' : undefined} aria-current={p.id === current ? 'page' : undefined} data-testid={`nav-${p.id}`}>
          {p.label}
          {badges[p.id]}
        </Link>
      ))}
    </nav>
  );
}

/** The brand, linking home (the map). */
export function Brand() {
  return (
    <Link className="brand" to={PATHS.map} title="KAMgraph: the influence map">
      <span className="logo" aria-hidden="true">◉</span> KAMgraph
    </Link>
  );
}

/** The query console: a page load of its own (GraphiQL's editor and styles stay off the other pages). */
export function ConsoleLink() {
  return (
    <a className="button" href={PATHS.console} title="GraphQL console for strategists">
      Console
    </a>
  );
}
