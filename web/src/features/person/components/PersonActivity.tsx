import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import type { PersonEventFieldsFragment } from '../../../gql/graphql.js';
import { periodText, shortDate } from '@shared/dates.js';
import { Provenance, SectionState } from '@shared/ui/Provenance.js';
import { StanceSwatch } from '@shared/visual-encoding/Swatch.js';
import { TIE_TYPE_LABELS } from '@shared/vocabulary/labels.js';
import { LIST_WORDS, PERSON_ACTIVITY_WORDS } from '@shared/vocabulary/read-model-words.js';
import { eventKindLabel } from '@shared/vocabulary/words.js';
import { EntityLink, useMapToday } from '../../influence-map/index.js';
import { PersonActivityQuery } from '../graphql/person-activity-query.js';

function EventLine({ event, today, children }: { event: PersonEventFieldsFragment; today: string; children?: ReactNode }) {
  const upcoming = !!event.date && event.date >= today;
  return (
    <li className="tie-row" data-event-id={event.id}>
      <div className="tie-main">
        <span className="tie-other">
          <EntityLink entity={{ __typename: 'Event', ...event }} />
          {upcoming && <span className="tag warn">{LIST_WORDS.upcoming}</span>}
        </span>
      </div>
      <div className="tie-meta">{[event.date ? shortDate(event.date, today) : null, eventKindLabel(event.kind), event.city].filter(Boolean).join(' · ')}</div>
      {children}
    </li>
  );
}

/** Newest first: what is coming, then what happened. */
function byDateDesc<T>(items: readonly T[], date: (item: T) => string | null): T[] {
  return [...items].sort((a, b) => (date(b) ?? '').localeCompare(date(a) ?? ''));
}

/** Talks the person gave (with their topics) and events they attended, newest first. */
export function EventsSection({ personId }: { personId: string }) {
  const today = useMapToday();
  const result = useQuery(PersonActivityQuery, { variables: { id: personId } });
  const person = result.data?.person;
  const talks = byDateDesc(person?.talks ?? [], (t) => t.event.date);
  const attended = byDateDesc(person?.eventsAttended ?? [], (e) => e.date);
  return (
    <section className="panel-section" data-testid="person-events">
      <h3>{PERSON_ACTIVITY_WORDS.events}</h3>
      <SectionState loading={result.loading && !result.data} error={result.error} empty={!!person && talks.length === 0 && attended.length === 0 && PERSON_ACTIVITY_WORDS.noEvents} />
      {talks.length > 0 && (
        <details className="tie-group" open data-group="spoke_at">
          <summary>
            {TIE_TYPE_LABELS.SPOKE_AT} <span className="count">{talks.length}</span>
          </summary>
          <ul className="plain tie-rows" data-testid="person-talks">
            {talks.map((t) => (
              <EventLine key={t.event.id} event={t.event} today={today}>
                {t.topic && <div className="topic">“{t.topic}”</div>}
              </EventLine>
            ))}
          </ul>
        </details>
      )}
      {attended.length > 0 && (
        <details className="tie-group" open={talks.length === 0} data-group="attended">
          <summary>
            {TIE_TYPE_LABELS.ATTENDED} <span className="count">{attended.length}</span>
          </summary>
          <ul className="plain tie-rows">
            {attended.map((e) => (
              <EventLine key={e.id} event={e} today={today} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Every stance recorded toward companies and products, newest first, dated, with its source and who recorded it. */
export function StanceHistory({ personId }: { personId: string }) {
  const result = useQuery(PersonActivityQuery, { variables: { id: personId } });
  const history = result.data?.person?.stanceHistory ?? [];
  if (result.error) return <SectionState loading={false} error={result.error} />;
  if (history.length === 0) return null;
  return (
    <details className="tie-group stance-history" data-testid="stance-history">
      <summary>
        {PERSON_ACTIVITY_WORDS.stanceHistory} <span className="count">{history.length}</span>
      </summary>
      <ul className="plain tie-rows">
        {history.map((s, i) => (
          <li key={`${s.toward.id}-${s.since ?? i}`} className={s.until ? 'tie-row past' : 'tie-row'}>
            <div className="tie-main">
              <span className="tie-other">
                <StanceSwatch stance={s.value} /> <EntityLink entity={s.toward} />: <strong>{s.value > 0 ? `+${s.value}` : s.value}</strong>
                {!s.until && <span className="tag">{PERSON_ACTIVITY_WORDS.current}</span>}
              </span>
            </div>
            {periodText(s.since, s.until) && <div className="tie-meta">{periodText(s.since, s.until)}</div>}
            <Provenance source={s.source} confidence={s.confidence} recordedBy={s.recordedBy} />
          </li>
        ))}
      </ul>
    </details>
  );
}
