import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { PlanningInteractionFieldsFragment } from '../../../gql/graphql.js';
import { InteractionKind } from '../../../gql/vocabulary.js';
import { addDays } from '../../../shared/dates.js';
import { textOrNull } from '../../../shared/forms/field-errors.js';
import { FormActions, FormErrors, FormField, optionsOf, SelectField } from '../../../shared/forms/FormField.js';
import { useFormErrors } from '../../../shared/forms/use-form-errors.js';
import { PlanningPersonQuery } from '../../../shared/graphql/person-brief-query.js';
import { TendersQuery } from '../../../shared/graphql/tenders-query.js';
import { PersonPicker, type PickedPerson } from '../../../shared/ui/PersonPicker.js';
import { LogInteractionMutation } from '../graphql/log-interaction-mutation.js';
import { INTERACTION_KIND_LABELS } from '../../../shared/vocabulary/labels.js';
import { valuesOf } from '../../../shared/vocabulary/values.js';
import { AFTER_INTERACTION } from '../graphql/refetch.js';

const INTERACTION_KINDS = valuesOf(InteractionKind);
/** Suggestions only: an outcome is free text. */
const OUTCOMES = ['positive', 'neutral', 'negative', 'sent', 'no_confirmation', 'next_meeting_agreed'];
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
  const form = useFormErrors(INTERACTION_FIELDS, { fieldOf: interactionFieldOf, refusal: 'Nothing was logged.' });
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
      'Could not log the interaction',
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
        <SelectField label="Kind" error={errors.byField.kind} name="kind" value={kind} onChange={setKind} options={optionsOf(INTERACTION_KINDS, (k) => INTERACTION_KIND_LABELS[k])} />
        <FormField label="Date" error={errors.byField.date}>
          <input type="date" name="date" value={date} max={addDays(today, 365)} onChange={(e) => setDate(e.target.value)} />
        </FormField>
      </div>
      <PersonPicker label="People met or addressed" name="personIds" multiple value={people} error={errors.byField.personIds} onChange={setPeople} />
      <FormField label="Outcome" error={errors.byField.outcome} hint={isProposal ? 'For a proposal: sent, or what was agreed.' : undefined}>
        <input type="text" name="outcome" list="interaction-outcomes" value={outcome} onChange={(e) => setOutcome(e.target.value)} placeholder={isProposal ? 'sent' : 'positive'} />
      </FormField>
      <datalist id="interaction-outcomes">
        {OUTCOMES.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      {isProposal && (
        <FormField label="Valid until" error={errors.byField.validUntil} hint={`A proposal carries a validity date; default ${addDays(date || today, 30)} (30 days). A follow-up call is due the day after sending.`}>
          <input type="date" name="validUntil" value={validUntil} min={date} onChange={(e) => setValidUntil(e.target.value)} />
        </FormField>
      )}
      <div className={compact ? '' : 'field-row'}>
        <SelectField
          label="Tender (optional)"
          error={errors.byField.tenderId}
          name="tenderId"
          value={tenderId}
          onChange={setTenderId}
          placeholder="None"
          options={(tenders.data?.tenders ?? []).map((t) => ({ value: t.id, label: t.name }))}
        />
        <FormField label="Next contact agreed for" error={errors.byField.nextContactOn}>
          <input type="date" name="nextContactOn" value={nextContactOn} min={date} onChange={(e) => setNextContactOn(e.target.value)} />
        </FormField>
      </div>
      <FormField label="Notes" error={errors.byField.notes} hint="Removed if the person's personal data is erased.">
        <textarea name="notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </FormField>
      <FormActions busy={loading} submit={`Log ${INTERACTION_KIND_LABELS[kind].toLowerCase()}`} busyLabel="Logging…" onCancel={onCancel} submitTestId="log-interaction-submit" />
    </form>
  );
}
