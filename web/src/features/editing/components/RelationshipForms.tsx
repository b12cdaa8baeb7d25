import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { textOrNull } from '../../../shared/forms/field-errors.js';
import { FormErrors, FormField, optionsOf, SelectField } from '../../../shared/forms/FormField.js';
import { useFormErrors } from '../../../shared/forms/use-form-errors.js';
import { STAGE_LABELS, STAGES, STANCE_LABELS, stanceBucket } from '../../../shared/visual-encoding/encoding.js';
import { StanceSwatch } from '../../../shared/visual-encoding/Swatch.js';
import { AFFECTED_QUERIES } from '../graphql/refetch.js';
import { SetStageMutation } from '../graphql/set-stage-mutation.js';
import { SetStanceMutation } from '../graphql/set-stance-mutation.js';

const STAGE_FIELDS = ['stage', 'userId', 'personId'];
const STANCE_FIELDS = ['towardId', 'value', 'source'];

export interface StageFormProps {
  personId: string;
  userId: string;
  current: string;
  onDone(message: string): void;
}

/** Our relationship stage with a person, as the current user. */
export function StageForm({ personId, userId, current, onDone }: StageFormProps) {
  const [stage, setStage] = useState(current || 'unknown');
  const form = useFormErrors(STAGE_FIELDS);
  const { errors } = form;
  const [save, { loading }] = useMutation(SetStageMutation, { refetchQueries: AFFECTED_QUERIES, awaitRefetchQueries: true });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    await form.save(
      'Could not save',
      async () => (await save({ variables: { userId, personId, stage } })).data?.setStage,
      () => onDone(`Stage set to ${STAGE_LABELS[stage] ?? stage}.`),
    );
  };
  return (
    <form className="edit-form inline" onSubmit={submit} data-testid="stage-form">
      <FormErrors errors={[...errors.general, ...(errors.byField.userId ? [`User: ${errors.byField.userId}`] : []), ...(errors.byField.personId ? [errors.byField.personId] : [])]} />
      <SelectField label={`Our stage (as ${userId})`} error={errors.byField.stage} name="stage" value={stage} onChange={setStage} options={optionsOf(STAGES, (s) => STAGE_LABELS[s])} />
      <button type="submit" className="primary" disabled={loading || stage === current}>
        {loading ? 'Saving…' : 'Set stage'}
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
      'Could not save',
      async () => (await save({ variables: { personId, towardId: toward, value, source: textOrNull(source) } })).data?.setStance,
      () => onDone('Stance recorded.'),
    );
  };
  if (!targets.length) return <p className="muted">No company or product to record a stance toward.</p>;
  return (
    <form className="edit-form" onSubmit={submit} data-testid="stance-form">
      <FormErrors errors={errors.general} />
      <SelectField
        label="Toward"
        error={errors.byField.towardId}
        name="toward"
        value={toward}
        onChange={(id) => {
          setToward(id);
          setValue(currentValue(id) ?? 0);
        }}
        options={targets.map((t) => ({ value: t.id, label: `${t.name}${t.ours ? ' (us)' : ''}` }))}
      />
      <FormField label="Stance" error={errors.byField.value}>
        <div className="stance-scale" role="radiogroup">
          {[-2, -1, 0, 1, 2].map((v) => {
            const bucket = stanceBucket(v);
            return (
              <label key={v} className={`stance-option${value === v ? ' on' : ''}`} title={STANCE_LABELS[bucket]}>
                <input type="radio" name="stance-value" value={v} checked={value === v} onChange={() => setValue(v)} />
                <StanceSwatch stance={v} />
                {v > 0 ? `+${v}` : v}
              </label>
            );
          })}
        </div>
      </FormField>
      <FormField label="Source" error={errors.byField.source} hint="e.g. visit 2026-11-20, prescription data">
        <input type="text" value={source} onChange={(e) => setSource(e.target.value)} name="source" />
      </FormField>
      <button type="submit" className="primary" disabled={loading || !toward}>
        {loading ? 'Saving…' : 'Record stance'}
      </button>
    </form>
  );
}
