import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { PlanDetailFieldsFragment } from '../../../gql/graphql.js';
import { DevelopmentLevel, RelationshipStage } from '../../../gql/vocabulary.js';
import { numberOrNull, textOrNull } from '../../../shared/forms/field-errors.js';
import { FormActions, FormErrors, FormField, optionsOf, SelectField } from '../../../shared/forms/FormField.js';
import { useFormErrors } from '../../../shared/forms/use-form-errors.js';
import { PlanningPersonQuery } from '../../../shared/graphql/person-brief-query.js';
import { NamedSelect } from '../../../shared/ui/NamedSelect.js';
import { PersonPicker, type PickedPerson } from '../../../shared/ui/PersonPicker.js';
import { DEVELOPMENT_LEVEL_MEANINGS, MANAGER_STYLE_MEANINGS, RELATIONSHIP_STAGE_LABELS } from '../../../shared/vocabulary/labels.js';
import { RELATIONSHIP_STAGES, stagesAbove } from '../../../shared/vocabulary/ladder.js';
import { stageLabel } from '../../../shared/vocabulary/words.js';
import { CreatePlanMutation } from '../graphql/create-plan-mutation.js';
import { AFTER_PLAN_CHANGE } from '../graphql/refetch.js';
import { DEVELOPMENT_LEVELS, levelAndStyle, STYLE_OF_LEVEL } from '../plan-board.js';

const FIELDS = ['personId', 'ownerId', 'targetStage', 'targetOn', 'goals', 'budget', 'budgetPurpose', 'developmentLevel', 'reviewOn'];

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

/** createPlan: target stage and date, goals, budget and purpose, the KAM's development level and review; the graph proposes the steps. */
export function CreatePlanForm({ personId = null, owners = [], compact = false, lockPerson = false, onCreated, onCancel }: CreatePlanFormProps) {
  const given = useQuery(PlanningPersonQuery, personId ? { variables: { id: personId } } : skipToken);
  const [people, setPeople] = useState<PickedPerson[]>([]);
  const [ownerId, setOwnerId] = useState(owners[0]?.id ?? '');
  const [targetStage, setTargetStage] = useState<RelationshipStage>(RelationshipStage.ACQUAINTANCE);
  const [targetOn, setTargetOn] = useState('');
  const [touchedTarget, setTouchedTarget] = useState(false);
  const [goals, setGoals] = useState('');
  const [budget, setBudget] = useState('');
  const [budgetPurpose, setBudgetPurpose] = useState('');
  // Every new VIP or KOL relationship is a project at D1 (docs/domain.md#development-levels-d1-d4).
  const [developmentLevel, setDevelopmentLevel] = useState<DevelopmentLevel>(DevelopmentLevel.D1);
  const [reviewOn, setReviewOn] = useState('');
  const [proposeSteps, setProposeSteps] = useState(true);
  const form = useFormErrors(FIELDS, { refusal: 'The plan was not created.' });
  const { errors } = form;
  const [create, { loading }] = useMutation(CreatePlanMutation, { refetchQueries: AFTER_PLAN_CHANGE });

  // Suggest the next stage up from where we are with the person, until the user chooses.
  const choosePeople = (picked: PickedPerson[]) => {
    setPeople(picked);
    form.clear();
    const next = stagesAbove(picked[0]?.ourStage)[0];
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
  const above = stagesAbove(person?.ourStage);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!person) return form.set({ byField: { personId: 'Choose the person the plan is for.' }, general: [] });
    const input = {
      personId: person.id,
      ownerId: ownerId || null,
      targetStage,
      targetOn: targetOn || null,
      goals: textOrNull(goals),
      budget: numberOrNull(budget),
      budgetPurpose: textOrNull(budgetPurpose),
      developmentLevel,
      reviewOn: reviewOn || null,
      proposeSteps,
    };
    await form.save(
      'Could not create the plan',
      async () => (await create({ variables: { input } })).data?.createPlan,
      (payload) => onCreated(payload.plan!),
      (payload) => !!payload.plan,
    );
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
          <NamedSelect name="ownerId" items={owners} value={ownerId} onChange={(id) => setOwnerId(id ?? '')} />
        </FormField>
      )}
      <div className={compact ? '' : 'field-row'}>
        <SelectField
          label="Target stage"
          error={errors.byField.targetStage}
          hint={person ? `Today: ${stageLabel(person.ourStage)}. Aim above it.` : 'Where the relationship should get to.'}
          name="targetStage"
          value={targetStage}
          onChange={(stage) => {
            setTargetStage(stage);
            setTouchedTarget(true);
          }}
          options={optionsOf(RELATIONSHIP_STAGES, (s) => `${RELATIONSHIP_STAGE_LABELS[s]}${person && !above.includes(s) ? ' (reached)' : ''}`)}
        />
        <FormField label="Reach it by" error={errors.byField.targetOn} hint="Optional: the plan's own deadline. Past it, short of the target, the plan is behind.">
          <input type="date" name="targetOn" value={targetOn} onChange={(e) => setTargetOn(e.target.value)} />
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
      <div className={compact ? '' : 'field-row'}>
        <SelectField
          label="The KAM's development level with this person"
          error={errors.byField.developmentLevel}
          hint={`${DEVELOPMENT_LEVEL_MEANINGS[developmentLevel]} ${MANAGER_STYLE_MEANINGS[STYLE_OF_LEVEL[developmentLevel]]}`}
          name="developmentLevel"
          value={developmentLevel}
          onChange={setDevelopmentLevel}
          options={optionsOf(DEVELOPMENT_LEVELS, (level) => levelAndStyle(level))}
        />
        <FormField label="Review with the manager on" error={errors.byField.reviewOn} hint="Optional; D1 and D2 plans get review steps.">
          <input type="date" name="reviewOn" value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} />
        </FormField>
      </div>
      <label className="check">
        <input type="checkbox" name="proposeSteps" checked={proposeSteps} onChange={(e) => setProposeSteps(e.target.checked)} />
        Propose the first steps from the graph (introducer, events, committees, tenders, reviews)
      </label>
      <FormActions busy={loading} submit="Create plan" busyLabel="Creating…" onCancel={onCancel} submitTestId="create-plan-submit" />
    </form>
  );
}
