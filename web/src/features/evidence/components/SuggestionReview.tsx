import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { TieSuggestionsQuery } from '../../../gql/graphql.js';
import { QueryState } from '../../../shared/ui/QueryState.js';
import { INFLUENCE_BASIS_LABELS, TIE_TYPE_LABELS } from '../../../shared/vocabulary/labels.js';
import { AcceptTieSuggestionMutation, AFTER_DECISION, RejectTieSuggestionMutation } from '../graphql/decide-mutations.js';
import { TieSuggestionsQuery as SuggestionsDocument } from '../graphql/suggestions-query.js';
import { nextIndex, reviewKey } from '../review-keys.js';
import { WorkList } from './WorkList.js';

type Suggestion = TieSuggestionsQuery['tieSuggestions']['nodes'][number];

const percent = (v: number) => `${Math.round(v * 100)}%`;

/**
 * The suggestions a KAM decides, most confident first, with the evidence on each card.
 * Keyboard: j / ↓ next, k / ↑ previous, a accept, r reject (not while typing in a field).
 */
export function SuggestionReview({ mayDecide, onMessage }: { mayDecide: boolean; onMessage(m: string): void }) {
  const result = useQuery(SuggestionsDocument, { variables: { first: 100 } });
  const [accept, { loading: accepting }] = useMutation(AcceptTieSuggestionMutation, { refetchQueries: AFTER_DECISION, awaitRefetchQueries: true });
  const [reject, { loading: rejecting }] = useMutation(RejectTieSuggestionMutation, { refetchQueries: AFTER_DECISION, awaitRefetchQueries: true });
  const [selected, setSelected] = useState(0);
  const suggestions = result.data?.tieSuggestions.nodes ?? [];
  const busy = accepting || rejecting;

  const decide = useCallback(
    async (s: Suggestion, how: 'accept' | 'reject') => {
      const who = `${s.from.name} → ${s.to.name}`;
      if (how === 'accept') {
        const { data } = await accept({ variables: { id: s.id } });
        const payload = data?.acceptTieSuggestion;
        onMessage(payload?.ok ? `Accepted: ${who} (${TIE_TYPE_LABELS[s.type]}).` : `Not accepted: ${payload?.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
      } else {
        const { data } = await reject({ variables: { id: s.id } });
        const payload = data?.rejectTieSuggestion;
        onMessage(payload?.ok ? `Rejected: ${who}. It will not be suggested again.` : `Not rejected: ${payload?.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
      }
    },
    [accept, reject, onMessage],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const action = reviewKey(e.key);
      if (!action) return;
      e.preventDefault();
      if (action === 'next' || action === 'previous') {
        setSelected((i) => nextIndex(i, action, suggestions.length));
        return;
      }
      const s = suggestions[Math.min(selected, suggestions.length - 1)];
      if (s && mayDecide && !busy) void decide(s, action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [suggestions, selected, mayDecide, busy, decide]);

  useEffect(() => {
    if (selected >= suggestions.length && suggestions.length > 0) setSelected(suggestions.length - 1);
  }, [selected, suggestions.length]);

  return (
    <section className="suggestion-review" data-testid="suggestion-review" aria-label="Tie suggestions">
      <h2>
        Tie suggestions <span className="muted">({result.data?.tieSuggestions.totalCount ?? '…'} open)</span>
      </h2>
      <p className="muted">
        Ties the evidence implies. Nothing becomes a tie until you accept it; a rejected suggestion does not come back. Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> accept, <kbd>r</kbd> reject.
      </p>
      <QueryState loading={result.loading} error={result.error} what="the tie suggestions" onRetry={() => result.refetch()} hasData={!!result.data} />
      {result.data && suggestions.length === 0 && <p className="empty-state">No open suggestions. Import publications, trials or congress programmes to get some.</p>}
      <ol className="suggestion-list">
        {suggestions.map((s, i) => (
          <li
            key={s.id}
            className={`suggestion-card${i === selected ? ' selected' : ''}`}
            data-suggestion-id={s.id}
            aria-current={i === selected ? 'true' : undefined}
            onClick={() => setSelected(i)}
          >
            <div className="suggestion-head">
              <strong>
                {s.from.name} <span aria-hidden="true">{s.type === 'KNOWS' ? '—' : '→'}</span> {s.to.name}
              </strong>{' '}
              <span className="chip">{TIE_TYPE_LABELS[s.type]}</span>
              {s.basis && <span className="chip">{INFLUENCE_BASIS_LABELS[s.basis]}</span>}
              <span className="muted" title="How sure: how much evidence, and how sure the people are matched">
                {' '}
                confidence {percent(s.confidence)} · strength {percent(s.strength)}
              </span>
            </div>
            <ul className="suggestion-reasons">
              {s.reasons.map((r) => (
                <li key={r.code}>{r.message}</li>
              ))}
            </ul>
            <WorkList works={s.works} />
            {mayDecide && (
              <div className="form-actions">
                <button type="button" disabled={busy} onClick={() => void decide(s, 'accept')} data-testid="accept-suggestion">
                  Accept
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={() => void decide(s, 'reject')} data-testid="reject-suggestion">
                  Reject
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
