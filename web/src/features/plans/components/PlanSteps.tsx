import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { relativeDays } from '../../../shared/dates.js';
import type { PlanStepFieldsFragment } from '../../../gql/graphql.js';
import { FormErrors, FormField } from '../../../shared/forms/FormField.js';
import { splitFieldErrors, textOrNull, type SplitErrors } from '../../../shared/forms/field-errors.js';
import { humanize } from '../../../shared/format.js';
import { AddPlanStepMutation } from '../graphql/add-plan-step-mutation.js';
import { UpdatePlanStepMutation } from '../graphql/update-plan-step-mutation.js';
import { AFTER_PLAN_CHANGE } from '../graphql/refetch.js';
import { Link } from 'react-router';
import { mapNodeHref, mapTenderHref } from '../../../shared/urls/map-view.js';

const STEP_KINDS = ['meeting', 'introduction', 'event', 'committee', 'tender', 'proposal', 'review', 'custom'] as const;
const STATUS_MARK: Record<string, string> = { open: '○', done: '✓', skipped: '–' };
const NO_ERRORS: SplitErrors = { byField: {}, general: [] };

/** Where what a step is about opens on the map: a person, institution or committee selected, a tender's shapers. */
function aboutHref(label: string | null | undefined, id: string): string | null {
  if (label === 'Tender') return mapTenderHref(id);
  return label === 'Person' || label === 'Committee' || label === 'Institution' ? mapNodeHref(id) : null;
}

export interface PlanStepsProps {
  planId: string;
  steps: readonly PlanStepFieldsFragment[];
  today: string;
  mayChange: boolean;
  onMessage(message: string): void;
}

/** The plan's steps in order: mark done or skip, reopen, add the next one. */
export function PlanSteps({ planId, steps, today, mayChange, onMessage }: PlanStepsProps) {
  const [update, { loading: updating }] = useMutation(UpdatePlanStepMutation, { refetchQueries: AFTER_PLAN_CHANGE });
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const setStatus = async (step: PlanStepFieldsFragment, status: 'done' | 'skipped' | 'open') => {
    setProblem(null);
    try {
      const result = await update({ variables: { stepId: step.id, status } });
      const payload = result.data?.updatePlanStep;
      if (!payload?.ok) return setProblem(payload?.errors.map((e) => e.message).join('; ') ?? 'The step was not changed.');
      onMessage(status === 'done' ? `Done: ${step.title}` : status === 'skipped' ? `Skipped: ${step.title}` : `Reopened: ${step.title}`);
    } catch (error) {
      setProblem(`Could not change the step: ${(error as Error).message}`);
    }
  };

  return (
    <div className="plan-steps">
      {problem && (
        <p className="form-errors" role="alert">
          {problem}
        </p>
      )}
      {steps.length === 0 && <p className="muted">No steps yet. Add the first one: an introduction, a meeting, an event.</p>}
      <ol className="plan-step-list" data-testid="plan-steps">
        {steps.map((s) => (
          <li key={s.id} className={`plan-step status-${s.status}${s.overdue ? ' overdue' : ''}`} data-step-id={s.id} data-status={s.status}>
            <span className="mark" aria-label={s.status}>
              {STATUS_MARK[s.status] ?? '•'}
            </span>
            <div className="plan-step-body">
              <div className="plan-step-title">{s.title}</div>
              <div className="plan-step-meta">
                {s.kind && <span className="tag">{humanize(s.kind)}</span>}
                {s.due && (
                  <span className={s.overdue ? 'late' : 'muted'}>
                    due {s.due}
                    {s.status === 'open' ? ` (${relativeDays(s.due, today)})` : ''}
                  </span>
                )}
                {s.doneOn && <span className="muted">done {s.doneOn}</span>}
                {s.aboutName && (
                  <span className="about">
                    {s.aboutLabel ? `${s.aboutLabel}: ` : ''}
                    {s.aboutId && aboutHref(s.aboutLabel, s.aboutId) ? <Link to={aboutHref(s.aboutLabel, s.aboutId)!}>{s.aboutName}</Link> : s.aboutName}
                  </span>
                )}
              </div>
              {s.note && <div className="plan-step-note">{s.note}</div>}
            </div>
            {mayChange && (
              <div className="plan-step-actions">
                {s.status === 'open' ? (
                  <>
                    <button type="button" className="small-button" disabled={updating} onClick={() => setStatus(s, 'done')} data-testid="step-done">
                      Done
                    </button>
                    <button type="button" className="small-button" disabled={updating} onClick={() => setStatus(s, 'skipped')}>
                      Skip
                    </button>
                  </>
                ) : (
                  <button type="button" className="small-button" disabled={updating} onClick={() => setStatus(s, 'open')}>
                    Reopen
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
      {mayChange &&
        (adding ? (
          <AddStepForm
            planId={planId}
            today={today}
            onCancel={() => setAdding(false)}
            onDone={(title) => {
              setAdding(false);
              onMessage(`Step added: ${title}`);
            }}
          />
        ) : (
          <button type="button" onClick={() => setAdding(true)} data-testid="add-step">
            + Add a step
          </button>
        ))}
    </div>
  );
}

function AddStepForm({ planId, today, onCancel, onDone }: { planId: string; today: string; onCancel(): void; onDone(title: string): void }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<string>('meeting');
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [add, { loading }] = useMutation(AddPlanStepMutation, { refetchQueries: AFTER_PLAN_CHANGE });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const result = await add({ variables: { planId, input: { title: title.trim(), kind, due: due || null, note: textOrNull(note) } } });
      const payload = result.data?.addPlanStep;
      if (!payload?.ok) return setErrors(splitFieldErrors(payload?.errors ?? [], ['title', 'kind', 'due', 'note']));
      onDone(title.trim());
    } catch (error) {
      setErrors({ byField: {}, general: [`Could not add the step: ${(error as Error).message}`] });
    }
  };
  return (
    <form className="edit-form" onSubmit={submit} data-testid="add-step-form" noValidate>
      <FormErrors errors={errors.general} />
      <FormField label="Step" error={errors.byField.title}>
        <input type="text" name="title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Invite to the advisory board" autoFocus />
      </FormField>
      <div className="field-row">
        <FormField label="Kind" error={errors.byField.kind}>
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {STEP_KINDS.map((k) => (
              <option key={k} value={k}>
                {humanize(k)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Due" error={errors.byField.due}>
          <input type="date" name="due" value={due} min={today} onChange={(e) => setDue(e.target.value)} />
        </FormField>
      </div>
      <FormField label="Note" error={errors.byField.note}>
        <input type="text" name="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Adding…' : 'Add step'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
