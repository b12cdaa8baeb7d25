import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { PlanDetailFieldsFragment } from '../../../gql/graphql.js';
import { FormErrors, FormField } from '../../../shared/forms/FormField.js';
import { numberOrNull, splitFieldErrors, textOrNull, type SplitErrors } from '../../../shared/forms/field-errors.js';
import { STAGE_LABELS } from '../../../shared/visual-encoding/encoding.js';
import { CreatePlanMutation } from '../graphql/create-plan-mutation.js';
import { PlanningPersonQuery } from '../../../shared/graphql/person-brief-query.js';
import { AFTER_PLAN_CHANGE } from '../graphql/refetch.js';
import { DELEGATION_LABELS, DELEGATION_LEVELS, PLAN_STAGES, targetStagesAbove, type DelegationLevel } from '../plan-board.js';
import { PersonPicker, type PickedPerson } from '../../../shared/ui/PersonPicker.js';

const FIELDS = ['personId', 'ownerId', 'targetStage', 'goals', 'budget', 'budgetPurpose', 'delegation', 'reviewOn'];
const NO_ERRORS: SplitErrors = { byField: {}, general: [] };

export interface CreatePlanFormProps {
  /** Opened for this person (a link or the person panel); else the form starts with a search. */
  personId?: string | null;
  /** Whose plan it is: the viewer and, for a manager, the team. The first is the default. */
  owners?: readonly { id: string; name: string }[];
  /** Narrow layout (the map's side panel). */
  compact?: boolean;
  /** The person may not be changed (the person panel). */
  lockPerson?: boolean;
  onCreated(plan: PlanDetailFieldsFragment): void;
  onCancel(): void;
}

/** createPlan: target stage, goals, budget and purpose, delegation and review; the graph proposes the steps. */
export function CreatePlanForm({ personId = null, owners = [], compact = false, lockPerson = false, onCreated, onCancel }: CreatePlanFormProps) {
  const given = useQuery(PlanningPersonQuery, personId ? { variables: { id: personId } } : skipToken);
  const [people, setPeople] = useState<PickedPerson[]>([]);
  const [ownerId, setOwnerId] = useState(owners[0]?.id ?? '');
  const [targetStage, setTargetStage] = useState('acquainted');
  const [touchedTarget, setTouchedTarget] = useState(false);
  const [goals, setGoals] = useState('');
  const [budget, setBudget] = useState('');
  const [budgetPurpose, setBudgetPurpose] = useState('');
  const [delegation, setDelegation] = useState<DelegationLevel>('D1');
  const [reviewOn, setReviewOn] = useState('');
  const [proposeSteps, setProposeSteps] = useState(true);
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [create, { loading }] = useMutation(CreatePlanMutation, { refetchQueries: AFTER_PLAN_CHANGE });

  // Suggest the next stage up from where we are with the person, until the user chooses.
  const choosePeople = (picked: PickedPerson[]) => {
    setPeople(picked);
    setErrors(NO_ERRORS);
    const next = targetStagesAbove(picked[0]?.ourStage)[0];
    if (!touchedTarget && next) setTargetStage(next);
  };
  const loaded = given.data?.person;
  const loadedId = loaded?.id;
  useEffect(() => {
    if (loaded) choosePeople([loaded]);
    // Only when a different person arrives: re-running on every render would undo the user's edits.
  }, [loadedId]);
  useEffect(() => {
    if (!ownerId && owners[0]) setOwnerId(owners[0].id);
  }, [owners, ownerId]);

  const person = people[0] ?? null;
  const above = targetStagesAbove(person?.ourStage);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!person) return setErrors({ byField: { personId: 'Choose the person the plan is for.' }, general: [] });
    try {
      const result = await create({
        variables: {
          input: {
            personId: person.id,
            ownerId: ownerId || null,
            targetStage,
            goals: textOrNull(goals),
            budget: numberOrNull(budget),
            budgetPurpose: textOrNull(budgetPurpose),
            delegation,
            reviewOn: reviewOn || null,
            proposeSteps,
          },
        },
      });
      const payload = result.data?.createPlan;
      if (!payload?.ok || !payload.plan) return setErrors(splitFieldErrors(payload?.errors ?? [{ field: '', message: 'The plan was not created.' }], FIELDS));
      setErrors(NO_ERRORS);
      onCreated(payload.plan);
    } catch (error) {
      setErrors({ byField: {}, general: [`Could not create the plan: ${(error as Error).message}`] });
    }
  };

  if (personId && given.error) return <p className="error" role="alert">Could not load {personId}: {given.error.message}</p>;
  if (personId && !given.data && given.loading) return <p className="muted loading">Loading the person…</p>;
  if (personId && given.data && !given.data.person) return <p className="empty-state">No person with id {personId}. Search for the person instead.</p>;

  return (
    <form className={`edit-form plan-form${compact ? ' compact' : ''}`} onSubmit={submit} data-testid="create-plan-form" noValidate>
      <FormErrors errors={[...errors.general, ...(errors.byField.ownerId ? [`Owner: ${errors.byField.ownerId}`] : [])]} />
      <PersonPicker
        label="Person"
        name="personId"
        value={people}
        locked={lockPerson && !!personId}
        error={errors.byField.personId}
        hint="The KOL or VIP the relationship is with."
        onChange={choosePeople}
      />
      {owners.length > 1 && (
        <FormField label="Owner (KAM who runs the plan)">
          <select name="ownerId" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <div className={compact ? '' : 'field-row'}>
        <FormField label="Target stage" error={errors.byField.targetStage} hint={person?.ourStage ? `Today: ${STAGE_LABELS[person.ourStage] ?? person.ourStage}. Aim above it.` : 'Where the relationship should get to.'}>
          <select
            name="targetStage"
            value={targetStage}
            onChange={(e) => {
              setTargetStage(e.target.value);
              setTouchedTarget(true);
            }}
          >
            {PLAN_STAGES.filter((s) => s !== 'unknown').map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
                {person && !above.includes(s) ? ' (reached)' : ''}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Review with the manager on" error={errors.byField.reviewOn} hint="Optional; D1 and D2 plans get review steps.">
          <input type="date" name="reviewOn" value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} />
        </FormField>
      </div>
      <FormField label="Goals" error={errors.byField.goals} hint="What the relationship should achieve (agreed up front at D1).">
        <textarea name="goals" rows={2} value={goals} onChange={(e) => setGoals(e.target.value)} placeholder="e.g. Support for the formulary listing; speaker at the regional round table" />
      </FormField>
      <div className={compact ? '' : 'field-row'}>
        <FormField label="Budget" error={errors.byField.budget}>
          <input type="number" name="budget" min={0} step={100} value={budget} onChange={(e) => setBudget(e.target.value)} placeholder="5000" />
        </FormField>
        <FormField label="Budget purpose" error={errors.byField.budgetPurpose}>
          <input type="text" name="budgetPurpose" value={budgetPurpose} onChange={(e) => setBudgetPurpose(e.target.value)} placeholder="Regional round table" />
        </FormField>
      </div>
      <FormField label="Delegation" error={errors.byField.delegation} hint={DELEGATION_LABELS[delegation].meaning}>
        <select name="delegation" value={delegation} onChange={(e) => setDelegation(e.target.value as DelegationLevel)}>
          {DELEGATION_LEVELS.map((d) => (
            <option key={d} value={d}>
              {d} · {DELEGATION_LABELS[d].name}
            </option>
          ))}
        </select>
      </FormField>
      <label className="check">
        <input type="checkbox" name="proposeSteps" checked={proposeSteps} onChange={(e) => setProposeSteps(e.target.checked)} />
        Propose the first steps from the graph (introducer, events, committees, tenders, reviews)
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading} data-testid="create-plan-submit">
          {loading ? 'Creating…' : 'Create plan'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
