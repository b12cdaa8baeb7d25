import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatPercent } from '@shared/format.js';
import { tr } from '@shared/i18n/intl.js';
import { QueryState } from '@shared/ui/QueryState.js';
import { AFTER_DECISION, IgnoreUnmatchedPersonMutation, MergeUnmatchedPersonMutation } from '../graphql/decide-mutations.js';
import { UnmatchedPeopleQuery } from '../graphql/unmatched-query.js';
import { CreatePersonForm } from './CreatePersonForm.js';
import { WorkList } from './WorkList.js';

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
    <section className="unmatched-queue" data-testid="unmatched-queue" aria-label={tr('evidence.unmatched.heading')}>
      <h2>
        {tr('evidence.unmatched.heading')} <span className="muted">({result.data?.unmatchedPeople.totalCount ?? '…'})</span>
      </h2>
      <QueryState loading={result.loading} error={result.error} what={tr('evidence.unmatched.what')} onRetry={() => result.refetch()} hasData={!!result.data} />
      {result.data && names.length === 0 && <p className="empty-state">{tr('evidence.unmatched.empty')}</p>}
      <ul className="unmatched-list">
        {names.map((n) => (
          <li key={n.id} className="unmatched-card" data-unmatched-id={n.id}>
            <strong>{n.name}</strong> <span className="muted">{tr('evidence.unmatched.works', { count: n.workCount })}{n.orcid ? tr('evidence.unmatched.orcid', { orcid: n.orcid }) : ''}</span>
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
                      onMessage(data?.mergeUnmatchedPerson.ok ? tr('evidence.unmatched.merged', { name: n.name, person: c.person.name }) : tr('evidence.unmatched.notMerged', { reasons: data?.mergeUnmatchedPerson.errors.map((e) => e.message).join('; ') }));
                    }}
                  >
                    {tr('evidence.unmatched.isCandidate', { name: c.person.name, score: formatPercent(c.score) })}
                  </button>
                ))}
                <button type="button" disabled={busy || creating === n.id} onClick={() => setCreating(n.id)} data-testid="create-person">
                  {tr('evidence.unmatched.create')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={async () => {
                    const { data } = await ignore({ variables: { id: n.id } });
                    onMessage(data?.ignoreUnmatchedPerson.ok ? tr('evidence.unmatched.ignored', { name: n.name }) : tr('evidence.unmatched.notIgnored'));
                  }}
                >
                  {tr('evidence.unmatched.ignore')}
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
