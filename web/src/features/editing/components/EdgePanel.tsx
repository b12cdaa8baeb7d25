import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { GraphEdgeFieldsFragment } from '../../../gql/graphql.js';
import { numericDate } from '@shared/dates.js';
import { areaName, formatFixed, formatPercent } from '@shared/format.js';
import { tr } from '@shared/i18n/intl.js';
import { Fact } from '@shared/ui/Fact.js';
import { INFLUENCE_BASIS_LABELS, ROLE_KIND_LABELS } from '@shared/vocabulary/labels.js';
import { LIST_WORDS } from '@shared/vocabulary/read-model-words.js';
import { tieName, tieRoleLabel } from '@shared/vocabulary/words.js';
import { useMapActions, useMapGraph, useMapToday, usePickNode } from '../../influence-map/index.js';
import { AFFECTED_QUERIES } from '@shared/graphql/affected-queries.js';
import { RemoveTieMutation } from '../graphql/remove-tie-mutation.js';
import { SetTieMutation } from '../graphql/set-tie-mutation.js';
import { EDITABLE_TIES, TieForm } from './TieForm.js';

/** One tie: what it says, where it comes from, and how to change, end or delete it. */
export function EdgePanel({ edge }: { edge: GraphEdgeFieldsFragment }) {
  const { nodeById } = useMapGraph();
  const today = useMapToday();
  const onPick = usePickNode();
  const { selectEdge, say: onMessage } = useMapActions();
  const onClose = () => selectEdge(null);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [endTie, ending] = useMutation(SetTieMutation, { refetchQueries: AFFECTED_QUERIES, awaitRefetchQueries: true });
  const [removeTie, removing] = useMutation(RemoveTieMutation, { refetchQueries: AFFECTED_QUERIES, awaitRefetchQueries: true });
  const from = nodeById.get(edge.source);
  const to = nodeById.get(edge.target);
  const editable = !!EDITABLE_TIES[edge.type];

  const end = async () => {
    const result = await endTie({ variables: { input: { from: edge.source, to: edge.target, type: edge.type, since: edge.since, until: today } } });
    if (result.data?.setTie.ok) {
      onMessage(tr('editing.tieEnded'));
      onClose();
    } else setProblem(result.data?.setTie.errors.map((e) => `${e.field}: ${e.message}`).join('; ') ?? tr('editing.couldNotEnd'));
  };
  const remove = async () => {
    if (!window.confirm(tr('editing.deleteConfirm'))) return;
    const result = await removeTie({ variables: { from: edge.source, to: edge.target, type: edge.type, since: edge.since } });
    if (result.data?.removeTie.ok) {
      onMessage(tr('editing.tieDeleted'));
      onClose();
    } else setProblem(result.data?.removeTie.errors.map((e) => e.message).join('; ') ?? tr('editing.couldNotDelete'));
  };

  return (
    <div className="edge-panel" data-testid="edge-panel">
      <div className="panel-heading">
        <h2>{tieName(edge.type)}</h2>
        <button type="button" className="link-button" onClick={onClose} aria-label={LIST_WORDS.close}>
          ✕
        </button>
      </div>
      <p>
        <button type="button" className="link-button" onClick={() => onPick(edge.source)}>
          {from?.name ?? edge.source}
        </button>{' '}
        →{' '}
        <button type="button" className="link-button" onClick={() => onPick(edge.target)}>
          {to?.name ?? edge.target}
        </button>
      </p>
      <dl className="facts">
        {edge.strength !== null && (
          <Fact label={tr('editing.strength')}>{formatFixed(edge.strength, 2)}</Fact>
        )}
        {edge.role && (
          <Fact label={edge.type === 'WORKS_AT' ? ROLE_KIND_LABELS.POSITION : tr('editing.role')}>{tieRoleLabel(edge.type, edge.role)}</Fact>
        )}
        {edge.basis && (
          <Fact label={tr('editing.basis')}>{INFLUENCE_BASIS_LABELS[edge.basis]}</Fact>
        )}
        {edge.domain && (
          <Fact label={tr('editing.area')}>{edge.domain.startsWith('area-') ? areaName(edge.domain) : edge.domain}</Fact>
        )}
        <Fact label={tr('editing.valid')}>
          {edge.since ? numericDate(edge.since) : tr('editing.always')} → {edge.until ? numericDate(edge.until) : tr('editing.now')}
        </Fact>
        {edge.provenance && (
          <Fact label={tr('editing.source')}>{edge.provenance}</Fact>
        )}
        {edge.confidence !== null && (
          <Fact label={tr('editing.confidence')}>{formatPercent(edge.confidence)}</Fact>
        )}
      </dl>
      {problem && <p className="error">{problem}</p>}
      {editing ? (
        <TieForm
          fromId={edge.source}
          fromName={from?.name ?? edge.source}
          edge={edge}
          onCancel={() => setEditing(false)}
          onDone={(m) => {
            setEditing(false);
            onMessage(m);
          }}
        />
      ) : (
        <div className="form-actions">
          {editable && (
            <button type="button" className="primary" onClick={() => setEditing(true)}>
              {tr('editing.edit')}
            </button>
          )}
          {!edge.until && (
            <button type="button" onClick={end} disabled={ending.loading}>
              {tr('editing.endToday')}
            </button>
          )}
          <button type="button" className="danger" onClick={remove} disabled={removing.loading}>
            {tr('editing.delete')}
          </button>
        </div>
      )}
    </div>
  );
}
