import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { PlanningInteractionFieldsFragment } from '../../../gql/graphql.js';
import { InteractionKind } from '../../../gql/vocabulary.js';
import { addDays, numericDate } from '@shared/dates.js';
import { textOrNull } from '@shared/forms/field-errors.js';
import { tr } from '@shared/i18n/intl.js';
import { FormActions, FormErrors, FormField, optionsOf, SelectField } from '@shared/forms/FormField.js';
import { useFormErrors } from '@shared/forms/use-form-errors.js';
import { PlanningPersonQuery } from '@shared/graphql/person-brief-query.js';
import { TendersQuery } from '@shared/graphql/tenders-query.js';
import { PersonPicker, type PickedPerson } from '@shared/ui/PersonPicker.js';
import { LogInteractionMutation } from '../graphql/log-interaction-mutation.js';
import { INTERACTION_KIND_LABELS } from '@shared/vocabulary/labels.js';
import { valuesOf } from '@shared/vocabulary/values.js';
import { AFTER_INTERACTION } from '../graphql/refetch.js';
import { OUTCOMES, outcomeWords } from '../outcomes.js';

const INTERACTION_KINDS = valuesOf(InteractionKind);
export const INTERACTION_FIELDS = ['kind', 'date', 'personIds', 'outcome', 'notes', 'validUntil', 'nextContactOn', 'followsUpId', 'tenderId'];

/** `input.personIds[2]` names the list: the error goes next to the people picker. */
export const interactionFieldOf = (field: string) => field.replace(/\[\d+\]$/, '');

export interface LogInteractionFormProps {
  today: string;
  /** Opened for this person (from a plan, the person panel or ?logFor=). */
  personId?: string | null;
  compact?: boolean;
  onLogged(interaction: PlanningInteractionFieldsFragment): void;
  onCancel?(): void;
}

/** logInteraction: a visit, call, meeting, event, e-mail or proposal (with its validity), with outcome and notes. */
export function LogInteractionForm({ today, personId = null, compact = false, onLogged, onCancel }: LogInteractionFormProps) {
  const given = useQuery(PlanningPersonQuery, personId ? { variables: { id: personId } } : skipToken);
  const tenders = useQuery(TendersQuery, { variables: {} });
  const [kind, setKind] = useState<InteractionKind>(InteractionKind.VISIT);
  const [date, setDate] = useState(today);
  const [people, setPeople] = useState<PickedPerson[]>([]);
  const [outcome, setOutcome] = useState('');
  const [notes, setNotes] = useState('');
  const [tenderId, setTenderId] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [nextContactOn, setNextContactOn] = useState('');
  const form = useFormErrors(INTERACTION_FIELDS, { fieldOf: interactionFieldOf, refusal: tr('agenda.log.refusal') });
  const { errors } = form;
  const [log, { loading }] = useMutation(LogInteractionMutation, { refetchQueries: AFTER_INTERACTION, awaitRefetchQueries: true });

  const loaded = given.data?.person;
  const loadedId = loaded?.id;
  useEffect(() => {
    if (loaded) setPeople((current) => (current.some((p) => p.id === loaded.id) ? current : [loaded, ...current]));
    // Only when a different person arrives.
  }, [loadedId]);

  const isProposal = kind === InteractionKind.PROPOSAL;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = {
      kind,
      date,
      personIds: people.map((p) => p.id),
      outcome: textOrNull(outcome),
      notes: textOrNull(notes),
      tenderId: tenderId || null,
      validUntil: isProposal && validUntil ? validUntil : null,
      nextContactOn: nextContactOn || null,
    };
    await form.save(
      tr('agenda.log.failed'),
      async () => (await log({ variables: { input } })).data?.logInteraction,
      (payload) => {
        setOutcome('');
        setNotes('');
        setNextContactOn('');
        setValidUntil('');
        onLogged(payload.interaction!);
      },
      (payload) => !!payload.interaction,
    );
  };

  return (
    <form className={`edit-form interaction-form${compact ? ' compact' : ''}`} onSubmit={submit} data-testid="log-interaction-form" noValidate>
      <FormErrors errors={errors.general} />
      <div className="field-row">
        <SelectField label={tr('agenda.log.kind')} error={errors.byField.kind} name="kind" value={kind} onChange={setKind} options={optionsOf(INTERACTION_KINDS, (k) => INTERACTION_KIND_LABELS[k])} />
        <FormField label={tr('agenda.log.date')} error={errors.byField.date}>
          <input type="date" name="date" value={date} max={addDays(today, 365)} onChange={(e) => setDate(e.target.value)} />
        </FormField>
      </div>
      <PersonPicker label={tr('agenda.log.people')} name="personIds" multiple value={people} error={errors.byField.personIds} onChange={setPeople} />
      <FormField label={tr('agenda.log.outcome')} error={errors.byField.outcome} hint={isProposal ? tr('agenda.log.outcomeHint') : undefined}>
        <input type="text" name="outcome" list="interaction-outcomes" value={outcome} onChange={(e) => setOutcome(e.target.value)} placeholder={outcomeWords(isProposal ? 'sent' : 'positive')} />
      </FormField>
      <datalist id="interaction-outcomes">
        {OUTCOMES.map((o) => (
          <option key={o} value={o} label={outcomeWords(o)} />
        ))}
      </datalist>
      {isProposal && (
        <FormField label={tr('agenda.log.validUntil')} error={errors.byField.validUntil} hint={tr('agenda.log.validUntilHint', { date: numericDate(addDays(date || today, 30)) })}>
          <input type="date" name="validUntil" value={validUntil} min={date} onChange={(e) => setValidUntil(e.target.value)} />
        </FormField>
      )}
      <div className={compact ? '' : 'field-row'}>
        <SelectField
          label={tr('agenda.log.tender')}
          error={errors.byField.tenderId}
          name="tenderId"
          value={tenderId}
          onChange={setTenderId}
          placeholder={tr('agenda.log.noTender')}
          options={(tenders.data?.tenders ?? []).map((t) => ({ value: t.id, label: t.name }))}
        />
        <FormField label={tr('agenda.log.nextContact')} error={errors.byField.nextContactOn}>
          <input type="date" name="nextContactOn" value={nextContactOn} min={date} onChange={(e) => setNextContactOn(e.target.value)} />
        </FormField>
      </div>
      <FormField label={tr('agenda.notes')} error={errors.byField.notes} hint={tr('agenda.log.notesHint')}>
        <textarea name="notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </FormField>
      <FormActions busy={loading} submit={tr('agenda.log.submit', { kind: INTERACTION_KIND_LABELS[kind].toLowerCase() })} busyLabel={tr('agenda.logging')} onCancel={onCancel} submitTestId="log-interaction-submit" />
    </form>
  );
}
