import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { TieSuggestionsQuery } from '../../../gql/graphql.js';
import { tr } from '@shared/i18n/intl.js';
import { QueryState } from '@shared/ui/QueryState.js';
import { TieSuggestionsQuery as SuggestionsDocument } from '../graphql/suggestions-query.js';
import { useDecideSuggestion } from '../hooks/use-decide-suggestion.js';
import { nextIndex, reviewKey } from '../review-keys.js';
import { SuggestionFacts } from './SuggestionFacts.js';

type Suggestion = TieSuggestionsQuery['tieSuggestions']['nodes'][number];

const keys = { kbd: (chunks: ReactNode[]) => <kbd>{chunks}</kbd> };

/**
 * The suggestions a KAM decides, most confident first, with the evidence on each card.
 * Keyboard: j / ↓ next, k / ↑ previous, a accept, r reject (not while typing in a field).
 */
export function SuggestionReview({ mayDecide, onMessage }: { mayDecide: boolean; onMessage(m: string): void }) {
  const result = useQuery(SuggestionsDocument, { variables: { first: 100 } });
  const { decide: run, busy } = useDecideSuggestion();
  const [selected, setSelected] = useState(0);
  const suggestions = result.data?.tieSuggestions.nodes ?? [];

  const decide = useCallback(
    async (s: Suggestion, how: 'accept' | 'reject') => {
      onMessage((await run(s, how)).message);
    },
    [run, onMessage],
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
    <section className="suggestion-review" data-testid="suggestion-review" aria-label={tr('evidence.review.heading')}>
      <h2>
        {tr('evidence.review.heading')} <span className="muted">{tr('evidence.review.openCount', { count: result.data?.tieSuggestions.totalCount ?? '…' })}</span>
      </h2>
      <p className="muted">
        <FormattedMessage id="evidence.review.help" values={keys} />
      </p>
      <QueryState loading={result.loading} error={result.error} what={tr('evidence.review.what')} onRetry={() => result.refetch()} hasData={!!result.data} />
      {result.data && suggestions.length === 0 && <p className="empty-state">{tr('evidence.review.empty')}</p>}
      <ol className="suggestion-list">
        {suggestions.map((s, i) => (
          <li
            key={s.id}
            className={`suggestion-card${i === selected ? ' selected' : ''}`}
            data-suggestion-id={s.id}
            aria-current={i === selected ? 'true' : undefined}
            onClick={() => setSelected(i)}
          >
            <SuggestionFacts suggestion={s} />
            {mayDecide && (
              <div className="form-actions">
                <button type="button" disabled={busy} onClick={() => void decide(s, 'accept')} data-testid="accept-suggestion">
                  {tr('evidence.accept')}
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={() => void decide(s, 'reject')} data-testid="reject-suggestion">
                  {tr('evidence.reject')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
