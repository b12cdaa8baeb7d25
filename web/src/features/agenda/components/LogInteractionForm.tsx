import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { addDays } from '../../../shared/dates.js';
import type { PlanningInteractionFieldsFragment } from '../../../gql/graphql.js';
import { FormErrors, FormField } from '../../../shared/forms/FormField.js';
import { splitFieldErrors, textOrNull, type FieldError, type SplitErrors } from '../../../shared/forms/field-errors.js';
import { humanize } from '../../../shared/format.js';
import { PlanningPersonQuery } from '../../../shared/graphql/person-brief-query.js';
import { AFTER_INTERACTION } from '../graphql/refetch.js';
import { PersonPicker, type PickedPerson } from '../../../shared/ui/PersonPicker.js';
import { TendersQuery } from '../../../shared/graphql/tenders-query.js';
import { LogInteractionMutation } from '../graphql/log-interaction-mutation.js';

export const INTERACTION_KINDS = ['visit', 'call', 'informal_meeting', 'event', 'proposal', 'email'] as const;
const OUTCOMES = ['positive', 'neutral', 'negative', 'sent', 'no_confirmation', 'next_meeting_agreed'];
const FIELDS = ['kind', 'date', 'personIds', 'outcome', 'notes', 'validUntil', 'nextContactOn', 'followsUpId', 'tenderId'];
const NO_ERRORS: SplitErrors = { byField: {}, general: [] };

/** `input.personIds[2]` names the list: the error goes next to the people picker. */
export function interactionFieldErrors(errors: readonly FieldError[]): SplitErrors {
  return splitFieldErrors(
    errors.map((e) => ({ ...e, field: e.field.replace(/\[\d+\]$/, '') })),
    FIELDS,
  );
}

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
  const [kind, setKind] = useState<string>('visit');
  const [date, setDate] = useState(today);
  const [people, setPeople] = useState<PickedPerson[]>([]);
  const [outcome, setOutcome] = useState('');
  const [notes, setNotes] = useState('');
  const [tenderId, setTenderId] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [nextContactOn, setNextContactOn] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [log, { loading }] = useMutation(LogInteractionMutation, { refetchQueries: AFTER_INTERACTION, awaitRefetchQueries: true });

  const loaded = given.data?.person;
  const loadedId = loaded?.id;
  useEffect(() => {
    if (loaded) setPeople((current) => (current.some((p) => p.id === loaded.id) ? current : [loaded, ...current]));
    // Only when a different person arrives.
  }, [loadedId]);

  const isProposal = kind === 'proposal';
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const result = await log({
        variables: {
          input: {
            kind,
            date,
            personIds: people.map((p) => p.id),
            outcome: textOrNull(outcome),
            notes: textOrNull(notes),
            tenderId: tenderId || null,
            validUntil: isProposal && validUntil ? validUntil : null,
            nextContactOn: nextContactOn || null,
          },
        },
      });
      const payload = result.data?.logInteraction;
      if (!payload?.ok || !payload.interaction) return setErrors(interactionFieldErrors(payload?.errors ?? [{ field: '', message: 'Nothing was logged.' }]));
      setErrors(NO_ERRORS);
      setOutcome('');
      setNotes('');
      setNextContactOn('');
      setValidUntil('');
      onLogged(payload.interaction);
    } catch (error) {
      setErrors({ byField: {}, general: [`Could not log the interaction: ${(error as Error).message}`] });
    }
  };

  return (
    <form className={`edit-form interaction-form${compact ? ' compact' : ''}`} onSubmit={submit} data-testid="log-interaction-form" noValidate>
      <FormErrors errors={errors.general} />
      <div className="field-row">
        <FormField label="Kind" error={errors.byField.kind}>
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {INTERACTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {humanize(k)}
              </option>
            ))}
          </select>
        </FormField>
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
        <FormField label="Tender (optional)" error={errors.byField.tenderId}>
          <select name="tenderId" value={tenderId} onChange={(e) => setTenderId(e.target.value)}>
            <option value="">None</option>
            {tenders.data?.tenders.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Next contact agreed for" error={errors.byField.nextContactOn}>
          <input type="date" name="nextContactOn" value={nextContactOn} min={date} onChange={(e) => setNextContactOn(e.target.value)} />
        </FormField>
      </div>
      <FormField label="Notes" error={errors.byField.notes} hint="Removed if the person's personal data is erased.">
        <textarea name="notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading} data-testid="log-interaction-submit">
          {loading ? 'Logging…' : `Log ${humanize(kind).toLowerCase()}`}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
