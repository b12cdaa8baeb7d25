import type { StagePeriodFieldsFragment } from '../../../gql/graphql.js';
import { numericDate } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { RELATIONSHIP_STAGE_LABELS } from '@shared/vocabulary/labels.js';

export interface StageTimelineProps {
  periods: readonly (StagePeriodFieldsFragment & { user?: { id: string; name: string } | null })[];
  /** Show whose stage it was (the person panel lists every user's history). */
  showUser?: boolean;
}

/** How the relationship moved: each stage, since when and for how long (bars to scale). */
export function StageTimeline({ periods, showUser = false }: StageTimelineProps) {
  if (periods.length === 0) return <p className="muted">{tr('plans.timeline.none')}</p>;
  const longest = Math.max(1, ...periods.map((p) => p.days ?? 0));
  const ordered = [...periods].sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
  return (
    <ol className="stage-timeline" data-testid="stage-timeline">
      {ordered.map((p, i) => (
        <li key={`${p.stage}-${p.since ?? i}-${p.user?.id ?? ''}`} className={p.until ? '' : 'current'}>
          <span className="stage-label">{RELATIONSHIP_STAGE_LABELS[p.stage]}</span>
          <span className="bar" title={p.days === null || p.days === undefined ? tr('plans.timeline.unknownDays') : tr('plans.timeline.days', { count: p.days })}>
            <span style={{ width: `${Math.max(4, ((p.days ?? 0) / longest) * 100)}%` }} />
          </span>
          <span className="stage-dates muted">
            {p.since ? numericDate(p.since) : '?'} → {p.until ? numericDate(p.until) : tr('plans.timeline.today')} · <strong>{p.days === null || p.days === undefined ? '?' : tr('plans.timeline.daysShort', { count: p.days })}</strong>
            {showUser && p.user ? ` · ${p.user.name}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
