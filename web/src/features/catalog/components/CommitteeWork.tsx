import { useQuery } from '@apollo/client/react';
import { numericDate } from '@shared/dates.js';
import { SectionState } from '@shared/ui/Provenance.js';
import { TENDER_STATUS_LABELS } from '@shared/vocabulary/labels.js';
import { CATALOG_WORDS } from '@shared/vocabulary/read-model-words.js';
import { programKindLabel } from '@shared/vocabulary/words.js';
import { EntityLink } from '../../influence-map/index.js';
import { CommitteeWorkQuery } from '../graphql/committee-work-query.js';
import { ItemSection } from './parts.js';

/** What a committee on the map drafts: programme lists (opened in the details tab) and tender specifications. */
export function CommitteeWork({ committeeId }: { committeeId: string }) {
  const result = useQuery(CommitteeWorkQuery, { variables: { id: committeeId } });
  const committee = result.data?.committee;
  if (!committee) return <SectionState loading={result.loading} error={result.error} />;
  const { draftedPrograms: programs, draftedTenders: tenders } = committee;
  if (programs.length + tenders.length === 0) return null;
  return (
    <ItemSection title={CATALOG_WORDS.committeeDrafts} count={programs.length + tenders.length} testId="committee-drafts">
      <ul className="plain tie-rows">
        {programs.map((p) => (
          <li key={p.id} className="tie-row">
            <div className="tie-main">
              <span className="tie-other">
                <EntityLink entity={{ __typename: 'Program', ...p }} />
              </span>
            </div>
            <div className="tie-meta">{[p.kind ? programKindLabel(p.kind) : null, p.year].filter(Boolean).join(' · ')}</div>
          </li>
        ))}
        {tenders.map((t) => (
          <li key={t.id} className="tie-row">
            <div className="tie-main">
              <span className="tie-other">
                <EntityLink entity={{ __typename: 'Tender', ...t }} />
              </span>
            </div>
            <div className="tie-meta">{[t.date ? numericDate(t.date) : null, t.status ? TENDER_STATUS_LABELS[t.status] : null].filter(Boolean).join(' · ')}</div>
          </li>
        ))}
      </ul>
    </ItemSection>
  );
}
