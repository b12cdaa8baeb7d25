import { useQuery } from '@apollo/client/react';
import { shortDate } from '@shared/dates.js';
import { SectionState } from '@shared/ui/Provenance.js';
import { CATALOG_WORDS, LIST_WORDS } from '@shared/vocabulary/read-model-words.js';
import { entityKindLabel, eventKindLabel } from '@shared/vocabulary/words.js';
import { EntityLink, useMapToday } from '../../influence-map/index.js';
import { EventDetailsQuery } from '../graphql/event-details-query.js';
import { ItemSection, PeopleInline, useByPower } from './parts.js';

/** An event: who spoke and on what, who attended (on the map, the most powerful first). */
export function EventPanel({ id }: { id: string }) {
  const today = useMapToday();
  const result = useQuery(EventDetailsQuery, { variables: { id } });
  const event = result.data?.event;
  // An imported speaker still awaiting review (unmatched people) has no person yet.
  const speakers = useByPower((event?.speakers ?? []).flatMap((s) => (s.person ? [{ ...s.person, topic: s.topic }] : [])));
  if (!event) return <SectionState loading={result.loading} error={result.error} empty={!!result.data && CATALOG_WORDS.eventNotInGraph} />;
  const upcoming = !!event.date && event.date >= today;
  const facts = [event.kind ? eventKindLabel(event.kind) : null, event.date ? shortDate(event.date, today) : null, event.city, ...event.territories.map((t) => t.name), ...event.therapeuticAreas.map((a) => a.name)].filter(Boolean);
  return (
    <div className="event-panel" data-testid="event-panel">
      <h2>
        {event.name}
        {upcoming && <span className="tag warn">{LIST_WORDS.upcoming}</span>}
      </h2>
      <p className="muted">{facts.join(' · ')}</p>
      <ItemSection title={CATALOG_WORDS.speakers} count={speakers.length} testId="event-speakers">
        {speakers.length === 0 && <p className="muted">{CATALOG_WORDS.noSpeakers}</p>}
        <ul className="plain tie-rows">
          {speakers.map((s) => (
            <li key={s.id} className="tie-row" data-person-id={s.id}>
              <div className="tie-main">
                <span className="tie-other">
                  <EntityLink entity={{ __typename: 'Person', ...s }} /> <span className="muted small">{entityKindLabel('Person', s.category)}</span>
                </span>
              </div>
              {s.topic && <div className="topic">“{s.topic}”</div>}
            </li>
          ))}
        </ul>
      </ItemSection>
      <ItemSection title={upcoming ? CATALOG_WORDS.registered : CATALOG_WORDS.attended} count={event.attendees.length} testId="event-attendees">
        {event.attendees.length === 0 ? <p className="muted">{CATALOG_WORDS.nobodyRecorded}</p> : <PeopleInline people={event.attendees} first={20} />}
      </ItemSection>
    </div>
  );
}
