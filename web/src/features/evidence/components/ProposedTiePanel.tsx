import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { SuggestionStatus } from '../../../gql/vocabulary.js';
import { tr } from '@shared/i18n/intl.js';
import { useViewer } from '@shared/session/use-viewer.js';
import { QueryState } from '@shared/ui/QueryState.js';
import { MAP_TIE_TYPES, type MapTieType } from '@shared/urls/map-view.js';
import { SUGGESTION_STATUS_LABELS, TIE_TYPE_LABELS } from '@shared/vocabulary/labels.js';
import { LIST_WORDS } from '@shared/vocabulary/read-model-words.js';
import { AFFECTED_QUERIES } from '@shared/graphql/affected-queries.js';
import { useMapActions, useMapGraph, useMapView } from '../../influence-map/index.js';
import { TieSuggestionQuery } from '../graphql/map-suggestions-query.js';
import { useDecideSuggestion } from '../hooks/use-decide-suggestion.js';
import { SuggestionFacts } from './SuggestionFacts.js';

// The words, read from the current locale's catalogue when the panel renders.
const WORDS = {
  get title() {
    return tr('evidence.proposed.title');
  },
  get close() {
    return LIST_WORDS.close;
  },
  get what() {
    return tr('evidence.proposed.what');
  },
  get accept() {
    return tr('evidence.proposed.accept');
  },
  get reject() {
    return tr('evidence.reject');
  },
  get saving() {
    return tr('evidence.proposed.saving');
  },
  get mayNotDecide() {
    return tr('evidence.proposed.mayNotDecide');
  },
  decided: (status: string) => tr('evidence.proposed.decided', { status }),
  get gone() {
    return tr('evidence.proposed.gone');
  },
  get loading() {
    return tr('evidence.proposed.loading');
  },
  shownNow: (type: string) => tr('evidence.proposed.shownNow', { type }),
};

/**
 * A proposed tie clicked on the map: who, how sure, the works behind it, and (for editors)
 * accept or reject it right there. Accepting redraws the map with the tie solid and opens it
 * (its source names the works), showing its type when the filters hid it, so the KAM sees
 * what they made.
 */
export function ProposedTiePanel({ suggestionId }: { suggestionId: string }) {
  const result = useQuery(TieSuggestionQuery, { variables: { id: suggestionId } });
  const viewer = useViewer();
  const [view, update] = useMapView();
  const { selectEdge, say } = useMapActions();
  const { decide, busy } = useDecideSuggestion(AFFECTED_QUERIES);
  const [problem, setProblem] = useState<string | null>(null);
  // The tie just made from this proposal, opened once the redrawn map holds it.
  const [made, setMade] = useState<{ from: string; to: string; type: string } | null>(null);
  const { data } = useMapGraph();
  const s = result.data?.tieSuggestion;
  const onClose = () => selectEdge(null);

  useEffect(() => {
    if (!made || !data) return;
    const tie = data.edges.find((e) => e.type === made.type && ((e.source === made.from && e.target === made.to) || (made.type === 'KNOWS' && e.source === made.to && e.target === made.from)));
    selectEdge(tie?.id ?? null);
  }, [made, data, selectEdge]);

  const run = async (how: 'accept' | 'reject') => {
    if (!s) return;
    setProblem(null);
    const decision = await decide(s, how);
    if (!decision.ok) return setProblem(decision.message);
    const type = MAP_TIE_TYPES.find((t): t is MapTieType => t === s.type);
    const hidden = how === 'accept' && type && !view.ties.includes(type);
    if (hidden) update({ ties: [...view.ties, type] });
    say(decision.message + (hidden ? WORDS.shownNow(TIE_TYPE_LABELS[s.type]) : ''));
    if (how === 'accept') setMade({ from: s.from.id, to: s.to.id, type: s.type });
    else selectEdge(null);
  };

  return (
    <div className="edge-panel proposed-panel" data-testid="proposed-panel" data-suggestion-id={suggestionId}>
      <div className="panel-heading">
        <h2>{WORDS.title}</h2>
        <button type="button" className="link-button" onClick={onClose} aria-label={WORDS.close}>
          ✕
        </button>
      </div>
      <QueryState loading={result.loading} error={result.error} what={WORDS.loading} onRetry={() => result.refetch()} hasData={!!result.data} />
      {result.data && !s && <p className="empty-state">{WORDS.gone}</p>}
      {s && (
        <>
          <SuggestionFacts suggestion={s} />
          <p className="muted">{WORDS.what}</p>
          {s.status !== SuggestionStatus.OPEN ? (
            <p className="muted">{WORDS.decided(SUGGESTION_STATUS_LABELS[s.status])}</p>
          ) : viewer.mayEdit ? (
            <div className="form-actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void run('accept')} data-testid="proposed-accept">
                {busy ? WORDS.saving : WORDS.accept}
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => void run('reject')} data-testid="proposed-reject">
                {WORDS.reject}
              </button>
            </div>
          ) : (
            <p className="muted">{WORDS.mayNotDecide}</p>
          )}
          {problem && (
            <p className="form-errors" role="alert">
              {problem}
            </p>
          )}
        </>
      )}
    </div>
  );
}
