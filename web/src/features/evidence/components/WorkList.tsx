import type { EvidencePublicationFieldsFragment, EvidenceTalkFieldsFragment, EvidenceTrialFieldsFragment } from '../../../gql/graphql.js';
import { numericDate } from '@shared/dates.js';
import { NODE_LABEL_LABELS } from '@shared/vocabulary/labels.js';

export type EvidenceWork = EvidencePublicationFieldsFragment | EvidenceTrialFieldsFragment | EvidenceTalkFieldsFragment;

/** "PMID 39000001", "NCT05000001", or the talk's event: the identifier a KAM can look up. */
export function workLabel(w: EvidenceWork): string {
  if (w.__typename === 'Publication') return `PMID ${w.pmid}`;
  if (w.__typename === 'Trial') return w.nctId;
  return w.event?.name ?? NODE_LABEL_LABELS.Talk;
}

/** The works behind a suggestion or a name, each with its identifier, date and link. */
export function WorkList({ works }: { works: readonly EvidenceWork[] }) {
  return (
    <ul className="work-list">
      {works.map((w) => (
        <li key={w.id} data-work-id={w.id}>
          <span className="work-id">{workLabel(w)}</span> {w.date && <span className="muted">{numericDate(w.date)}</span>}{' '}
          {w.url ? (
            <a href={w.url} target="_blank" rel="noreferrer">
              {w.title}
            </a>
          ) : (
            <span>{w.title}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
