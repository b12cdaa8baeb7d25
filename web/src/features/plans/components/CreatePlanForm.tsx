import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { PlanDetailFieldsFragment } from '../../../gql/graphql.js';
import { DevelopmentLevel, RelationshipStage } from '../../../gql/vocabulary.js';
import { numberOrNull, textOrNull } from '@shared/forms/field-errors.js';
import { tr } from '@shared/i18n/intl.js';
import { FormActions, FormErrors, FormField, optionsOf, SelectField } from '@shared/forms/FormField.js';
import { useFormErrors } from '@shared/forms/use-form-errors.js';
import { PlanningPersonQuery } from '@shared/graphql/person-brief-query.js';
import { NamedSelect } from '@shared/ui/NamedSelect.js';
import { PersonPicker, type PickedPerson } from '@shared/ui/PersonPicker.js';
import { DEVELOPMENT_LEVEL_MEANINGS, MANAGER_STYLE_MEANINGS, RELATIONSHIP_STAGE_LABELS } from '@shared/vocabulary/labels.js';
import { RELATIONSHIP_STAGES, stagesAbove } from '@shared/vocabulary/ladder.js';
import { stageLabel } from '@shared/vocabulary/words.js';
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
  const form = useFormErrors(FIELDS, { refusal: tr('plans.create.refusal') });
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
    if (!person) return form.set({ byField: { personId: tr('plans.create.choosePerson') }, general: [] });
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
      tr('plans.create.failed'),
      async () => (await create({ variables: { input } })).data?.createPlan,
      (payload) => onCreated(payload.plan!),
      (payload) => !!payload.plan,
    );
  };

  if (personId && given.error) return <p className="error" role="alert">{tr('plans.create.couldNotLoad', { id: personId, message: given.error.message })}</p>;
  if (personId && !given.data && given.loading) return <p className="muted loading">{tr('plans.create.loadingPerson')}</p>;
  if (personId && given.data && !given.data.person) return <p className="empty-state">{tr('plans.create.noPerson', { id: personId })}</p>;

  return (
    <form className={`edit-form plan-form${compact ? ' compact' : ''}`} onSubmit={submit} data-testid="create-plan-form" noValidate>
      <FormErrors errors={[...errors.general, ...(errors.byField.ownerId ? [tr('plans.create.ownerError', { error: errors.byField.ownerId })] : [])]} />
      <PersonPicker
        label={tr('plans.create.person')}
        name="personId"
        value={people}
        locked={lockPerson && !!personId}
        error={errors.byField.personId}
        hint={tr('plans.create.personHint')}
        onChange={choosePeople}
      />
      {owners.length > 1 && (
        <FormField label={tr('plans.create.owner')}>
          <NamedSelect name="ownerId" items={owners} value={ownerId} onChange={(id) => setOwnerId(id ?? '')} />
        </FormField>
      )}
      <div className={compact ? '' : 'field-row'}>
        <SelectField
          label={tr('plans.create.targetStage')}
          error={errors.byField.targetStage}
          hint={person ? tr('plans.create.targetStageToday', { stage: stageLabel(person.ourStage) }) : tr('plans.create.targetStageHint')}
          name="targetStage"
          value={targetStage}
          onChange={(stage) => {
            setTargetStage(stage);
            setTouchedTarget(true);
          }}
          options={optionsOf(RELATIONSHIP_STAGES, (s) => (person && !above.includes(s) ? tr('plans.create.stageReached', { stage: RELATIONSHIP_STAGE_LABELS[s] }) : RELATIONSHIP_STAGE_LABELS[s]))}
        />
        <FormField label={tr('plans.create.targetOn')} error={errors.byField.targetOn} hint={tr('plans.create.targetOnHint')}>
          <input type="date" name="targetOn" value={targetOn} onChange={(e) => setTargetOn(e.target.value)} />
        </FormField>
      </div>
      <FormField label={tr('plans.create.goals')} error={errors.byField.goals} hint={tr('plans.create.goalsHint')}>
        <textarea name="goals" rows={2} value={goals} onChange={(e) => setGoals(e.target.value)} placeholder={tr('plans.create.goalsPlaceholder')} />
      </FormField>
      <div className={compact ? '' : 'field-row'}>
        <FormField label={tr('plans.create.budget')} error={errors.byField.budget}>
          <input type="number" name="budget" min={0} step={100} value={budget} onChange={(e) => setBudget(e.target.value)} placeholder="5000" />
        </FormField>
        <FormField label={tr('plans.create.budgetPurpose')} error={errors.byField.budgetPurpose}>
          <input type="text" name="budgetPurpose" value={budgetPurpose} onChange={(e) => setBudgetPurpose(e.target.value)} placeholder={tr('plans.create.budgetPurposePlaceholder')} />
        </FormField>
      </div>
      <div className={compact ? '' : 'field-row'}>
        <SelectField
          label={tr('plans.create.level')}
          error={errors.byField.developmentLevel}
          hint={`${DEVELOPMENT_LEVEL_MEANINGS[developmentLevel]} ${MANAGER_STYLE_MEANINGS[STYLE_OF_LEVEL[developmentLevel]]}`}
          name="developmentLevel"
          value={developmentLevel}
          onChange={setDevelopmentLevel}
          options={optionsOf(DEVELOPMENT_LEVELS, (level) => levelAndStyle(level))}
        />
        <FormField label={tr('plans.create.reviewOn')} error={errors.byField.reviewOn} hint={tr('plans.create.reviewOnHint')}>
          <input type="date" name="reviewOn" value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} />
        </FormField>
      </div>
      <label className="check">
        <input type="checkbox" name="proposeSteps" checked={proposeSteps} onChange={(e) => setProposeSteps(e.target.checked)} />
        {tr('plans.create.proposeSteps')}
      </label>
      <FormActions busy={loading} submit={tr('plans.create.submit')} busyLabel={tr('plans.create.busy')} onCancel={onCancel} submitTestId="create-plan-submit" />
    </form>
  );
}
