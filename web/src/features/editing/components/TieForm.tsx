import { useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { GraphEdgeFieldsFragment } from '../../../gql/graphql.js';
import { CommitteeRole, DecisionRole, InfluenceBasis, type TieType } from '../../../gql/vocabulary.js';
import { areaName } from '@shared/format.js';
import { tr } from '@shared/i18n/intl.js';
import { numberOrNull, textOrNull } from '@shared/forms/field-errors.js';
import { FormActions, FormErrors, FormField, optionsOf, SelectField } from '@shared/forms/FormField.js';
import { useFormErrors } from '@shared/forms/use-form-errors.js';
import { usePeopleSearch } from '@shared/graphql/people-search.js';
import { searchMatches } from '@shared/ui/SearchBox.js';
import { COMMITTEE_ROLE_LABELS, DECISION_ROLE_LABELS, INFLUENCE_BASIS_HINTS, INFLUENCE_BASIS_LABELS, NODE_LABEL_LABELS, ROLE_KIND_LABELS, TIE_TYPE_LABELS } from '@shared/vocabulary/labels.js';
import { enumValue, valuesOf } from '@shared/vocabulary/values.js';
import { useMapGraph, useMapToday } from '../../influence-map/index.js';
import { AFFECTED_QUERIES } from '@shared/graphql/affected-queries.js';
import { SetTieMutation } from '../graphql/set-tie-mutation.js';

/** Tie types a KAM records by hand from a person, with the fields each one carries and its name in the form (in the current locale). */
export const EDITABLE_TIES: Partial<Record<TieType, { label: () => string; fields: readonly string[]; to: 'person' | 'institution' | 'committee' | 'tender' }>> = {
  INFLUENCES: { label: () => TIE_TYPE_LABELS.INFLUENCES, fields: ['strength', 'basis', 'domain', 'confidence'], to: 'person' },
  KNOWS: { label: () => TIE_TYPE_LABELS.KNOWS, fields: ['strength', 'confidence'], to: 'person' },
  REPORTS_TO: { label: () => TIE_TYPE_LABELS.REPORTS_TO, fields: [], to: 'person' },
  WORKS_AT: { label: () => TIE_TYPE_LABELS.WORKS_AT, fields: ['position'], to: 'institution' },
  MEMBER_OF: { label: () => tr('editing.tieType.MEMBER_OF'), fields: ['role'], to: 'committee' },
  ROLE_IN: { label: () => tr('editing.tieType.ROLE_IN'), fields: ['role'], to: 'tender' },
};

/** Never money: nobody is recorded as swayed by money (docs/domain.md#informal-influence); the SDL has no such basis. */
const BASES = valuesOf(InfluenceBasis);
const COMMITTEE_ROLES = valuesOf(CommitteeRole);
const DECISION_ROLES = valuesOf(DecisionRole);
/**
 * Tie.role and TieInput.role are Strings that carry a committee role (MEMBER_OF) or a
 * decision role (ROLE_IN) as the graph stores it, in lower case (the SDL's description):
 * the form chooses from the enums and writes the value in lower case; a role read from the
 * map is taken in either case.
 */
const roleWord = (role: string) => role.toLowerCase();
const FORM_FIELDS = ['to', 'type', 'strength', 'basis', 'domain', 'role', 'position', 'since', 'until', 'source', 'confidence'];

export interface TieFormProps {
  fromId: string;
  fromName: string;
  /** Editing an existing tie: its identity (type, ends, since) is fixed. */
  edge?: GraphEdgeFieldsFragment | null;
  onDone(message: string): void;
  onCancel(): void;
}

/** A tie from a person on the map: the other end from the map (or a search), and the fields its type carries. */
export function TieForm({ fromId, fromName, edge, onDone, onCancel }: TieFormProps) {
  const { candidates, areas } = useMapGraph();
  const today = useMapToday();
  const editing = !!edge;
  const [type, setType] = useState<TieType>(edge?.type ?? 'INFLUENCES');
  const [to, setTo] = useState<string>(edge?.target ?? '');
  const [toQuery, setToQuery] = useState<string>(edge ? (candidates.find((c) => c.id === edge.target)?.name ?? edge.target) : '');
  const [values, setValues] = useState<Record<string, string>>({
    strength: edge?.strength?.toString() ?? '0.6',
    basis: edge?.basis ?? InfluenceBasis.SCIENCE,
    domain: edge?.domain ?? '',
    role: (edge?.type === 'MEMBER_OF' ? enumValue(CommitteeRole, edge.role) : edge?.type === 'ROLE_IN' ? enumValue(DecisionRole, edge.role) : null) ?? '',
    position: edge?.type === 'WORKS_AT' ? (edge.role ?? '') : '',
    since: edge?.since ?? today,
    until: edge?.until ?? '',
    source: edge?.provenance ?? '',
    confidence: edge?.confidence?.toString() ?? '',
  });
  const form = useFormErrors(FORM_FIELDS, { refusal: tr('editing.serverDidNotSave') });
  const { errors } = form;
  const [setTie, { loading }] = useMutation(SetTieMutation, { refetchQueries: AFFECTED_QUERIES, awaitRefetchQueries: true });

  const spec = EDITABLE_TIES[type] ?? EDITABLE_TIES.INFLUENCES!;
  const local = useMemo(() => searchMatches(candidates.filter((c) => c.id !== fromId), toQuery, 6), [candidates, toQuery, fromId]);
  const remote = usePeopleSearch(toQuery, { minLength: 3, skip: editing || local.length > 0 });
  const setValue = (key: string) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const set = (key: string) => (e: { target: { value: string } }) => setValue(key)(e.target.value);
  const has = (field: string) => spec.fields.includes(field);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!to) {
      form.set({ byField: { to: tr('editing.chooseTo') }, general: [] });
      return;
    }
    const input = {
      from: fromId,
      to,
      type,
      strength: has('strength') ? numberOrNull(values.strength!) : null,
      basis: has('basis') ? enumValue(InfluenceBasis, values.basis) : null,
      domain: has('domain') ? textOrNull(values.domain!) : null,
      role: has('role') && values.role ? roleWord(values.role) : null,
      position: has('position') ? textOrNull(values.position!) : null,
      confidence: has('confidence') ? numberOrNull(values.confidence!) : null,
      since: textOrNull(values.since!),
      until: textOrNull(values.until!),
      source: textOrNull(values.source!),
    };
    await form.save(
      tr('editing.couldNotSave'),
      async () => (await setTie({ variables: { input } })).data?.setTie,
      () => onDone(tr(editing ? 'editing.tieUpdated' : 'editing.tieAdded')),
    );
  };

  return (
    <form className="edit-form" onSubmit={submit} data-testid="tie-form" noValidate>
      <h4>{editing ? tr('editing.editTie') : tr('editing.newTieFrom', { name: fromName })}</h4>
      <FormErrors errors={errors.general} />
      <SelectField label={tr('editing.type')} error={errors.byField.type} name="type" value={type} onChange={setType} disabled={editing} options={(Object.keys(EDITABLE_TIES) as TieType[]).map((t) => ({ value: t, label: EDITABLE_TIES[t]!.label() }))} />
      <FormField label={tr('editing.to', { kind: spec.to })} error={errors.byField.to}>
        <input
          type="text"
          value={toQuery}
          disabled={editing}
          placeholder={tr('editing.typeName')}
          onChange={(e) => {
            setToQuery(e.target.value);
            setTo('');
          }}
          name="to"
          autoComplete="off"
        />
      </FormField>
      {!editing && !to && toQuery.trim().length >= 2 && (
        <ul className="pick-list">
          {local.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => { setTo(c.id); setToQuery(c.name); }}>
                {c.name} <small>{NODE_LABEL_LABELS[c.label]}</small>
              </button>
            </li>
          ))}
          {remote.people?.map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => { setTo(p.id); setToQuery(p.name); }}>
                {p.name} <small>{tr('editing.notOnMap')}</small>
              </button>
            </li>
          ))}
          {local.length === 0 && remote.people?.length === 0 && <li className="muted">{tr('editing.nobodyFound')}</li>}
        </ul>
      )}
      {has('strength') && (
        <FormField label={tr('editing.strengthRange')} error={errors.byField.strength}>
          <input type="number" min={0} max={1} step={0.05} value={values.strength} onChange={set('strength')} name="strength" />
        </FormField>
      )}
      {has('basis') && (
        <SelectField
          label={tr('editing.basis')}
          error={errors.byField.basis}
          hint={INFLUENCE_BASIS_HINTS[enumValue(InfluenceBasis, values.basis) ?? InfluenceBasis.SCIENCE]}
          name="basis"
          value={values.basis!}
          onChange={setValue('basis')}
          options={optionsOf(BASES, (b) => INFLUENCE_BASIS_LABELS[b])}
        />
      )}
      {has('domain') && (
        <SelectField label={tr('filters.area')} error={errors.byField.domain} name="domain" value={values.domain!} onChange={setValue('domain')} placeholder={tr('editing.any')} options={optionsOf(areas, areaName)} />
      )}
      {has('role') && (
        <SelectField
          label={tr('editing.role')}
          error={errors.byField.role}
          name="role"
          value={values.role!}
          onChange={setValue('role')}
          placeholder={tr('editing.choose')}
          options={type === 'MEMBER_OF' ? optionsOf(COMMITTEE_ROLES, (r) => COMMITTEE_ROLE_LABELS[r]) : optionsOf(DECISION_ROLES, (r) => DECISION_ROLE_LABELS[r])}
        />
      )}
      {has('position') && (
        <FormField label={ROLE_KIND_LABELS.POSITION} error={errors.byField.position}>
          <input type="text" value={values.position} onChange={set('position')} name="position" />
        </FormField>
      )}
      <div className="field-row">
        <FormField label={tr('editing.since')} error={errors.byField.since} hint={editing ? tr('editing.sinceIdentity') : undefined}>
          <input type="date" value={values.since} onChange={set('since')} disabled={editing} name="since" />
        </FormField>
        <FormField label={tr('editing.until')} error={errors.byField.until}>
          <input type="date" value={values.until} onChange={set('until')} name="until" />
        </FormField>
      </div>
      <FormField label={tr('editing.source')} error={errors.byField.source} hint={tr('editing.tieSourceHint')}>
        <input type="text" value={values.source} onChange={set('source')} name="source" />
      </FormField>
      {has('confidence') && (
        <FormField label={tr('editing.confidenceRange')} error={errors.byField.confidence}>
          <input type="number" min={0} max={1} step={0.1} value={values.confidence} onChange={set('confidence')} name="confidence" />
        </FormField>
      )}
      <FormActions busy={loading} submit={editing ? tr('editing.saveTie') : tr('editing.addTie')} busyLabel={tr('editing.saving')} onCancel={onCancel} />
    </form>
  );
}
