import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { QueryState } from '../../../shared/ui/QueryState.js';
import { AFTER_DECISION, IgnoreUnmatchedPersonMutation, MergeUnmatchedPersonMutation } from '../graphql/decide-mutations.js';
import { UnmatchedPeopleQuery } from '../graphql/unmatched-query.js';
import { CreatePersonForm } from './CreatePersonForm.js';
import { WorkList } from './WorkList.js';

const WORDS = {
  create: 'Create person…',
};

/**
 * Names the evidence could not match to a person with certainty: nothing is merged without
 * a decision here (merge with a candidate, create a new person, or ignore).
 */
export function UnmatchedQueue({ mayDecide, onMessage }: { mayDecide: boolean; onMessage(m: string): void }) {
  const result = useQuery(UnmatchedPeopleQuery, { variables: { first: 50 } });
  const [merge, { loading: merging }] = useMutation(MergeUnmatchedPersonMutation, { refetchQueries: AFTER_DECISION, awaitRefetchQueries: true });
  const [ignore, { loading: ignoring }] = useMutation(IgnoreUnmatchedPersonMutation, { refetchQueries: AFTER_DECISION, awaitRefetchQueries: true });
  const names = result.data?.unmatchedPeople.nodes ?? [];
  const busy = merging || ignoring;
  // The name whose "create person" form is open (one at a time).
  const [creating, setCreating] = useState<string | null>(null);
  return (
    <section className="unmatched-queue" data-testid="unmatched-queue" aria-label="Names to review">
      <h2>
        Names to review <span className="muted">({result.data?.unmatchedPeople.totalCount ?? '…'})</span>
      </h2>
      <QueryState loading={result.loading} error={result.error} what="the names to review" onRetry={() => result.refetch()} hasData={!!result.data} />
      {result.data && names.length === 0 && <p className="empty-state">Every name in the evidence is matched or decided.</p>}
      <ul className="unmatched-list">
        {names.map((n) => (
          <li key={n.id} className="unmatched-card" data-unmatched-id={n.id}>
            <strong>{n.name}</strong> <span className="muted">{n.workCount} work{n.workCount === 1 ? '' : 's'}{n.orcid ? ` · ORCID ${n.orcid}` : ''}</span>
            {n.affiliations.length > 0 && <p className="muted">{n.affiliations.join(' · ')}</p>}
            <WorkList works={n.works} />
            {mayDecide && (
              <div className="form-actions">
                {n.candidates.map((c) => (
                  <button
                    key={c.person.id}
                    type="button"
                    disabled={busy}
                    onClick={async () => {
                      const { data } = await merge({ variables: { id: n.id, personId: c.person.id } });
                      onMessage(data?.mergeUnmatchedPerson.ok ? `${n.name} is now ${c.person.name}.` : `Not merged: ${data?.mergeUnmatchedPerson.errors.map((e) => e.message).join('; ')}`);
                    }}
                  >
                    Is {c.person.name} ({Math.round(c.score * 100)}%)
                  </button>
                ))}
                <button type="button" disabled={busy || creating === n.id} onClick={() => setCreating(n.id)} data-testid="create-person">
                  {WORDS.create}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={async () => {
                    const { data } = await ignore({ variables: { id: n.id } });
                    onMessage(data?.ignoreUnmatchedPerson.ok ? `${n.name} is ignored.` : 'Not ignored.');
                  }}
                >
                  Ignore
                </button>
              </div>
            )}
            {mayDecide && creating === n.id && (
              <CreatePersonForm
                unmatched={n}
                onCancel={() => setCreating(null)}
                onCreated={(message) => {
                  setCreating(null);
                  onMessage(message);
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
