import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { PersonRelationshipFieldsFragment } from '../../../gql/graphql.js';
import { RelationshipStage, type StageCriterion } from '../../../gql/vocabulary.js';
import { textOrNull } from '@shared/forms/field-errors.js';
import { numericDate } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { FormErrors, FormField, optionsOf, SelectField } from '@shared/forms/FormField.js';
import { useFormErrors } from '@shared/forms/use-form-errors.js';
import { StanceSwatch } from '@shared/visual-encoding/Swatch.js';
import { RELATIONSHIP_STAGE_LABELS, RELATIONSHIP_STAGE_MEANINGS, STAGE_CRITERION_LABELS, STANCE_LABELS, STANCE_MEANINGS, TIE_TYPE_LABELS } from '@shared/vocabulary/labels.js';
import { CRITERIA_OF_STAGE, RELATIONSHIP_STAGES, criteriaUpTo, stagesUpTo } from '@shared/vocabulary/ladder.js';
import { STANCE_VALUES, stanceWord } from '@shared/vocabulary/stance.js';
import { slug } from '@shared/vocabulary/values.js';
import { AFFECTED_QUERIES } from '@shared/graphql/affected-queries.js';
import { SetStageMutation } from '../graphql/set-stage-mutation.js';
import { SetStanceMutation } from '../graphql/set-stance-mutation.js';

const STAGE_FIELDS = ['stage', 'criteria', 'userId', 'personId'];
const STANCE_FIELDS = ['towardId', 'value', 'source'];

/** `criteria[1].criterion` names the list: the error goes under the criteria. */
const stageFieldOf = (field: string) => (/^criteria\b/.test(field) ? 'criteria' : field);

export interface StageFormProps {
  personId: string;
  userId: string;
  /** The user's relationship with the person: its stage and the criteria recorded (null: none yet). */
  relationship: Pick<PersonRelationshipFieldsFragment, 'stage' | 'criteria' | 'missingCriteria'> | null;
  onDone(message: string): void;
}

/**
 * Our relationship stage with a person, as the current user: a stage is a claim with
 * evidence (docs/domain.md#the-relationship-ladder). The chosen step and every step below
 * it show their criteria; those already recorded are ticked and fixed, the others are ticked
 * as they are observed and sent with the stage. The API refuses a stage whose criteria are
 * not all observed and names the missing ones.
 */
export function StageForm({ personId, userId, relationship, onDone }: StageFormProps) {
  const current = relationship?.stage ?? null;
  const [stage, setStage] = useState<RelationshipStage>(current ?? RelationshipStage.CONTACT);
  const [ticked, setTicked] = useState<ReadonlySet<StageCriterion>>(new Set());
  const recorded = new Map((relationship?.criteria ?? []).map((c) => [c.criterion, c.since]));
  const form = useFormErrors(STAGE_FIELDS, { fieldOf: stageFieldOf });
  const { errors } = form;
  const [save, { loading }] = useMutation(SetStageMutation, { refetchQueries: AFFECTED_QUERIES, awaitRefetchQueries: true });

  const needed = criteriaUpTo(stage);
  const adding = needed.filter((c) => ticked.has(c) && !recorded.has(c));
  const missing = needed.filter((c) => !ticked.has(c) && !recorded.has(c));
  const tick = (criterion: StageCriterion, on: boolean) => {
    form.clear();
    setTicked((old) => {
      const next = new Set(old);
      if (on) next.add(criterion);
      else next.delete(criterion);
      return next;
    });
  };

  // The API names the missing criteria by their identifiers; the form says them in words.
  const criteriaError = errors.byField.criteria && (missing.length ? tr('editing.criteriaNeeded', { stage: RELATIONSHIP_STAGE_LABELS[stage], criteria: missing.map((c) => STAGE_CRITERION_LABELS[c]).join('; ') }) : errors.byField.criteria);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const criteria = adding.length ? adding.map((criterion) => ({ criterion })) : null;
    await form.save(
      tr('editing.couldNotSave'),
      async () => (await save({ variables: { userId, personId, stage, criteria } })).data?.setStage,
      () => onDone(tr(stage === current ? 'editing.criteriaRecordedFor' : 'editing.stageSetTo', { stage: RELATIONSHIP_STAGE_LABELS[stage] })),
    );
  };

  return (
    <form className="edit-form stage-form" onSubmit={submit} data-testid="stage-form" noValidate>
      <FormErrors errors={[...errors.general, ...(errors.byField.userId ? [tr('editing.userError', { message: errors.byField.userId })] : []), ...(errors.byField.personId ? [errors.byField.personId] : [])]} />
      <SelectField
        label={tr('editing.ourStageAs', { user: userId })}
        error={errors.byField.stage}
        hint={RELATIONSHIP_STAGE_MEANINGS[stage]}
        name="stage"
        value={stage}
        onChange={(next) => {
          setStage(next);
          form.clear();
        }}
        options={optionsOf(RELATIONSHIP_STAGES, (s) => (s === current ? tr('editing.stageNow', { stage: RELATIONSHIP_STAGE_LABELS[s] }) : RELATIONSHIP_STAGE_LABELS[s]))}
      />
      <FormField as="div" className="stage-criteria" label={tr('editing.observed')} error={criteriaError} hint={missing.length ? tr('editing.tickObserved', { count: missing.length }) : tr('editing.allObserved')}>
        {stagesUpTo(stage).map((step) => (
          <fieldset key={step} className="criteria-step" data-step={slug(step)}>
            <legend title={RELATIONSHIP_STAGE_MEANINGS[step]}>{RELATIONSHIP_STAGE_LABELS[step]}</legend>
            {CRITERIA_OF_STAGE[step].length === 0 && <p className="muted small">{RELATIONSHIP_STAGE_MEANINGS[step]}</p>}
            {CRITERIA_OF_STAGE[step].map((criterion) => {
              const since = recorded.get(criterion);
              const known = recorded.has(criterion);
              return (
                <label key={criterion} className={`check criterion${known ? ' recorded' : ''}`} data-criterion={slug(criterion)}>
                  <input type="checkbox" name="criteria" value={criterion} checked={known || ticked.has(criterion)} disabled={known} onChange={(e) => tick(criterion, e.target.checked)} />
                  <span>
                    {STAGE_CRITERION_LABELS[criterion]}
                    {known && <span className="muted small"> · {since ? tr('editing.recordedOn', { date: numericDate(since) }) : tr('editing.recorded')}</span>}
                  </span>
                </label>
              );
            })}
          </fieldset>
        ))}
      </FormField>
      <button type="submit" className="primary" disabled={loading || (stage === current && adding.length === 0)}>
        {loading ? tr('editing.saving') : stage === current ? tr('editing.recordCriteria') : tr('editing.setStage')}
      </button>
    </form>
  );
}

export interface StanceTarget {
  id: string;
  name: string;
  ours: boolean;
}

export interface StanceFormProps {
  personId: string;
  targets: readonly StanceTarget[];
  currentValue(towardId: string): number | null;
  onDone(message: string): void;
}

/** A person's stance toward our company (or a competitor / product), -2..2, with its source. */
export function StanceForm({ personId, targets, currentValue, onDone }: StanceFormProps) {
  const [toward, setToward] = useState(targets.find((t) => t.ours)?.id ?? targets[0]?.id ?? '');
  const [value, setValue] = useState<number>(currentValue(toward) ?? 0);
  const [source, setSource] = useState('');
  const form = useFormErrors(STANCE_FIELDS);
  const { errors } = form;
  const [save, { loading }] = useMutation(SetStanceMutation, { refetchQueries: AFFECTED_QUERIES, awaitRefetchQueries: true });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    await form.save(
      tr('editing.couldNotSave'),
      async () => (await save({ variables: { personId, towardId: toward, value, source: textOrNull(source) } })).data?.setStance,
      () => onDone(tr('editing.stanceRecorded')),
    );
  };
  if (!targets.length) return <p className="muted">{tr('editing.noStanceTarget')}</p>;
  return (
    <form className="edit-form" onSubmit={submit} data-testid="stance-form">
      <FormErrors errors={errors.general} />
      <SelectField
        label={tr('editing.toward')}
        error={errors.byField.towardId}
        name="toward"
        value={toward}
        onChange={(id) => {
          setToward(id);
          setValue(currentValue(id) ?? 0);
        }}
        options={targets.map((t) => ({ value: t.id, label: `${t.name}${t.ours ? tr('person.us') : ''}` }))}
      />
      <FormField label={TIE_TYPE_LABELS.STANCE} error={errors.byField.value} hint={tr('editing.stanceMeaning', { stance: STANCE_LABELS[stanceWord(value)], meaning: STANCE_MEANINGS[stanceWord(value)] })}>
        <div className="stance-scale" role="radiogroup">
          {STANCE_VALUES.map((v) => {
            const word = stanceWord(v);
            return (
              <label key={v} className={`stance-option${value === v ? ' on' : ''}`} title={tr('editing.stanceMeaning', { stance: STANCE_LABELS[word], meaning: STANCE_MEANINGS[word] })} data-stance={word}>
                <input type="radio" name="stance-value" value={v} checked={value === v} onChange={() => setValue(v)} />
                <StanceSwatch stance={v} />
                {v > 0 ? `+${v}` : v}
              </label>
            );
          })}
        </div>
      </FormField>
      <FormField label={tr('editing.source')} error={errors.byField.source} hint={tr('editing.stanceSourceHint')}>
        <input type="text" value={source} onChange={(e) => setSource(e.target.value)} name="source" />
      </FormField>
      <button type="submit" className="primary" disabled={loading || !toward}>
        {loading ? tr('editing.saving') : tr('editing.recordStance')}
      </button>
    </form>
  );
}
