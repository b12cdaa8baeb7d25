import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { DecisionRoleHeldFieldsFragment, PersonTieFieldsFragment } from '../../../gql/graphql.js';
import { periodText } from '@shared/dates.js';
import { areaName, formatScore } from '@shared/format.js';
import { entityKind } from '@shared/graphql/entity-ref-fragment.js';
import { Provenance, SectionState } from '@shared/ui/Provenance.js';
import { DECISION_ROLE_LABELS, INFLUENCE_BASIS_LABELS } from '@shared/vocabulary/labels.js';
import { LIST_WORDS, PERSON_ACTIVITY_WORDS, TIE_WORDS } from '@shared/vocabulary/read-model-words.js';
import { slug } from '@shared/vocabulary/values.js';
import { entityKindLabel, roleLabel, tieNameFrom } from '@shared/vocabulary/words.js';
import { TieForm } from '../../editing/index.js';
import { EntityLink, useMapActions, useMapGraph, useMapView } from '../../influence-map/index.js';
import { PersonTiesQuery } from '../graphql/person-ties-query.js';
import { groupTies, LISTED_TIE_TYPES, mapEdgeId, OPEN_TIE_GROUPS, type TieGroup } from '../tie-groups.js';

/** Rows a group shows before "Show all". */
const FIRST_ROWS = 5;

function usePersonTies(personId: string) {
  const [view] = useMapView();
  return useQuery(PersonTiesQuery, { variables: { id: personId, asOf: view.asOf, types: [...LISTED_TIE_TYPES] } });
}

/** What a tie says besides its ends: position, role, basis and area, and since when. */
function tieFacts(t: PersonTieFieldsFragment): string[] {
  const { tie } = t;
  const facts: string[] = [];
  if (tie.position) facts.push(tie.position);
  if (tie.role) facts.push(roleLabel(tie.role));
  if (tie.basis) facts.push(INFLUENCE_BASIS_LABELS[tie.basis]);
  if (tie.domain) facts.push(areaName(tie.domain));
  const period = periodText(tie.since, tie.until);
  if (period) facts.push(period);
  return facts;
}

function TieRow({ t, edgeId }: { t: PersonTieFieldsFragment; edgeId: string | null }) {
  const { setHover, selectEdge } = useMapActions();
  const { tie, other } = t;
  return (
    <li
      className="tie-row"
      data-other-id={other.id}
      onMouseEnter={edgeId ? () => setHover([tie.from, tie.to]) : undefined}
      onMouseLeave={edgeId ? () => setHover(null) : undefined}
    >
      <div className="tie-main">
        <span className="tie-other">
          <EntityLink entity={other} /> <span className="muted small">{entityKindLabel(other.__typename, entityKind(other))}</span>
          {tie.head && <span className="tag">{TIE_WORDS.head}</span>}
        </span>
        {tie.strength !== null && (
          <span className="tie-strength" title={TIE_WORDS.strength}>
            <span className="bar">
              <span style={{ width: `${Math.round(tie.strength * 100)}%` }} />
            </span>
            {formatScore(tie.strength)}
          </span>
        )}
        {edgeId && (
          <button type="button" className="link-button tie-edit" onClick={() => selectEdge(edgeId)} title={TIE_WORDS.openTie} aria-label={TIE_WORDS.openTieShort}>
            ✎
          </button>
        )}
      </div>
      {tieFacts(t).length > 0 && <div className="tie-meta">{tieFacts(t).join(' · ')}</div>}
      <Provenance source={tie.source} confidence={tie.confidence} recordedBy={tie.recordedBy} />
    </li>
  );
}

function TieGroupList({ group, edgeIds }: { group: TieGroup<PersonTieFieldsFragment>; edgeIds: ReadonlySet<string> }) {
  const [all, setAll] = useState(false);
  const shown = all ? group.ties : group.ties.slice(0, FIRST_ROWS);
  return (
    <details className="tie-group" data-group={slug(group.key.replace(':', '-'))} open={OPEN_TIE_GROUPS.includes(group.key)}>
      <summary>
        {tieNameFrom(group.type, group.direction)} <span className="count">{group.ties.length}</span>
      </summary>
      <ul className="plain tie-rows">
        {shown.map((t) => {
          const id = mapEdgeId(t.tie);
          return <TieRow key={id} t={t} edgeId={edgeIds.has(id) ? id : null} />;
        })}
      </ul>
      {group.ties.length > FIRST_ROWS && (
        <button type="button" className="link-button small show-all" onClick={() => setAll(!all)}>
          {all ? LIST_WORDS.showFewer : LIST_WORDS.showAll(group.ties.length)}
        </button>
      )}
    </details>
  );
}

/** The person's ties by type and direction, strongest first, each with its source and confidence; adding a tie. */
export function PersonTiesSection({ personId, personName }: { personId: string; personName: string }) {
  const [view] = useMapView();
  const { edges } = useMapGraph();
  const { say } = useMapActions();
  const result = usePersonTies(personId);
  const [adding, setAdding] = useState(false);
  const ties = result.data?.person?.ties;
  const groups = useMemo(() => groupTies(ties ?? []), [ties]);
  const edgeIds = useMemo(() => new Set(edges.map((e) => e.id)), [edges]);
  return (
    <section className="panel-section person-ties" data-testid="person-ties">
      <h3>
        {TIE_WORDS.heading} {view.asOf && <span className="as-of">{TIE_WORDS.asOf(view.asOf)}</span>}
      </h3>
      <SectionState loading={result.loading && !result.data} error={result.error} empty={!!result.data && groups.length === 0 && TIE_WORDS.none} />
      {groups.map((g) => (
        <TieGroupList key={g.key} group={g} edgeIds={edgeIds} />
      ))}
      {adding ? (
        <TieForm
          fromId={personId}
          fromName={personName}
          onCancel={() => setAdding(false)}
          onDone={(m) => {
            setAdding(false);
            say(m);
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)} data-testid="add-tie">
          {TIE_WORDS.add}
        </button>
      )}
    </section>
  );
}

function RoleRow({ r }: { r: DecisionRoleHeldFieldsFragment }) {
  const period = periodText(r.since, r.until);
  return (
    <li className="tie-row">
      <div className="tie-main">
        <span className="tie-other">
          <EntityLink entity={{ __typename: 'Tender', ...r.tender }} />
        </span>
      </div>
      <div className="tie-meta">
        <strong>{DECISION_ROLE_LABELS[r.role]}</strong>
        {period && ` · ${period}`}
      </div>
      <Provenance source={r.source} confidence={r.confidence} />
    </li>
  );
}

/** Roles the person holds in tenders' decision groups, as of the map's date. */
export function DecisionRolesSection({ personId }: { personId: string }) {
  const result = usePersonTies(personId);
  const roles = result.data?.person?.decisionRoles ?? [];
  return (
    <section className="panel-section" data-testid="person-decision-roles">
      <h3>{PERSON_ACTIVITY_WORDS.decisionRoles}</h3>
      <SectionState loading={result.loading && !result.data} error={result.error} empty={!!result.data && roles.length === 0 && PERSON_ACTIVITY_WORDS.noDecisionRole} />
      <ul className="plain tie-rows">
        {roles.map((r) => (
          <RoleRow key={`${r.tender.id}-${r.role}-${r.since ?? ''}`} r={r} />
        ))}
      </ul>
    </section>
  );
}
