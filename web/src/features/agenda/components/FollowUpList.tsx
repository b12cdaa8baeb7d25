import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FollowUpsQuery } from '../../../gql/graphql.js';
import { InteractionKind } from '../../../gql/vocabulary.js';
import { numericDate, relativeDays } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { textOrNull } from '@shared/forms/field-errors.js';
import { FormActions, FormErrors, FormField } from '@shared/forms/FormField.js';
import { useFormErrors } from '@shared/forms/use-form-errors.js';
import { ConfirmProposalMutation } from '../graphql/confirm-proposal-mutation.js';
import { LogInteractionMutation } from '../graphql/log-interaction-mutation.js';
import { AFTER_INTERACTION } from '../graphql/refetch.js';
import { outcomeWords } from '../outcomes.js';
import { INTERACTION_FIELDS, interactionFieldOf } from './LogInteractionForm.js';

type FollowUp = FollowUpsQuery['followUps'][number];

export interface FollowUpListProps {
  followUps: readonly FollowUp[];
  today: string;
  mayAct: boolean;
  onMessage(message: string): void;
}

/** Proposals waiting for the call the day after: what to ask, and the two ways to close them. */
export function FollowUpList({ followUps, today, mayAct, onMessage }: FollowUpListProps) {
  if (followUps.length === 0) {
    return <p className="empty-state">{tr('agenda.followUp.none')}</p>;
  }
  // The advice is the same for every proposal today: said once, above the list.
  const shared = followUps.every((f) => f.advice === followUps[0]!.advice) ? followUps[0]!.advice : null;
  return (
    <>
      {shared && (
        <p className="advice" data-testid="follow-up-advice">
          <strong>{tr('agenda.followUp.onTheCall')}</strong> {shared}
        </p>
      )}
      <ul className="follow-up-list" data-testid="follow-ups">
        {followUps.map((f) => (
          <FollowUpItem key={f.proposal.id} followUp={f} today={today} mayAct={mayAct} showAdvice={!shared} onMessage={onMessage} />
        ))}
      </ul>
    </>
  );
}

function FollowUpItem({ followUp: f, today, mayAct, showAdvice, onMessage }: { followUp: FollowUp; today: string; mayAct: boolean; showAdvice: boolean; onMessage(m: string): void }) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [nextContactOn, setNextContactOn] = useState('');
  const [notes, setNotes] = useState('');
  const form = useFormErrors(INTERACTION_FIELDS, { fieldOf: interactionFieldOf });
  const { errors } = form;
  const [log, { loading: logging }] = useMutation(LogInteractionMutation, { refetchQueries: AFTER_INTERACTION, awaitRefetchQueries: true });
  const [confirm, { loading: confirming }] = useMutation(ConfirmProposalMutation, { refetchQueries: AFTER_INTERACTION, awaitRefetchQueries: true });
  const p = f.proposal;
  const who = p.participants.map((x) => (x.title ? `${x.title} ${x.name}` : x.name)).join(', ');

  const logCall = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = { kind: InteractionKind.CALL, date: today, personIds: p.participants.map((x) => x.id), followsUpId: p.id, outcome: textOrNull(outcome), nextContactOn: nextContactOn || null, notes: textOrNull(notes) };
    await form.save(
      tr('agenda.followUp.couldNotLog'),
      async () => (await log({ variables: { input } })).data?.logInteraction,
      () => onMessage(tr('agenda.followUp.logged', { who, hasNext: !!nextContactOn, date: nextContactOn ? numericDate(nextContactOn) : '' })),
    );
  };
  const confirmed = async () => {
    try {
      const result = await confirm({ variables: { interactionId: p.id, on: today } });
      const payload = result.data?.confirmProposal;
      if (!payload?.ok) return form.set({ byField: {}, general: payload?.errors.map((x) => x.message) ?? [tr('agenda.followUp.notConfirmed')] });
      onMessage(tr('agenda.followUp.confirmedToast', { name: p.name }));
    } catch (error) {
      form.failed(tr('agenda.followUp.couldNotConfirm'), error);
    }
  };

  return (
    <li className={`follow-up${f.overdue ? ' overdue' : ''}`} data-testid="follow-up" data-proposal-id={p.id} data-overdue={f.overdue}>
      <div className="follow-up-head">
        <span className={`due-badge${f.overdue ? ' overdue' : ''}`}>{f.overdue ? tr('agenda.followUp.overdue', { date: numericDate(f.due) }) : f.due === today ? tr('agenda.followUp.dueToday') : tr('agenda.followUp.due', { when: relativeDays(f.due, today), date: numericDate(f.due) })}</span>
      </div>
      <strong className="follow-up-title">{who || p.name}</strong>
      <p className="muted small">
        {tr('agenda.followUp.sent', { date: p.date ? numericDate(p.date) : '?' })}
        {p.validUntil ? tr('agenda.followUp.validUntil', { date: numericDate(p.validUntil) }) : ''}
        {p.outcome ? ` · ${outcomeWords(p.outcome)}` : ''}
      </p>
      {showAdvice && <p className="advice">{f.advice}</p>}
      <FormErrors errors={errors.general} />
      {mayAct && !open && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setOpen(true)} data-testid="log-follow-up">
            {tr('agenda.followUp.logCall')}
          </button>
          <button type="button" onClick={confirmed} disabled={confirming} data-testid="confirm-proposal">
            {confirming ? tr('agenda.saving') : tr('agenda.followUp.confirmed')}
          </button>
        </div>
      )}
      {mayAct && open && (
        <form className="edit-form" onSubmit={logCall} data-testid="follow-up-form" noValidate>
          <FormField label={tr('agenda.followUp.outcome')} error={errors.byField.outcome} hint={tr('agenda.followUp.outcomeHint')}>
            <input type="text" name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)} placeholder={tr('agenda.followUp.outcomePlaceholder')} autoFocus />
          </FormField>
          <div className="field-row">
            <FormField label={tr('agenda.followUp.nextContact')} error={errors.byField.nextContactOn}>
              <input type="date" name="nextContactOn" value={nextContactOn} min={today} onChange={(e) => setNextContactOn(e.target.value)} />
            </FormField>
            <FormField label={tr('agenda.notes')} error={errors.byField.notes}>
              <input type="text" name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
            </FormField>
          </div>
          <FormActions busy={logging} submit={tr('agenda.followUp.submit')} busyLabel={tr('agenda.logging')} onCancel={() => setOpen(false)} />
        </form>
      )}
    </li>
  );
}
