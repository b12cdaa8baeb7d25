import { useId, useState } from 'react';
import type { PersonCategory, RelationshipStage } from '../../gql/vocabulary.js';
import { FormField } from '../forms/FormField.js';
import { usePeopleSearch } from '../graphql/people-search.js';
import { personCategoryLabel, stageLabel } from '../vocabulary/words.js';
import { tr } from '../i18n/intl.js';

export interface PickedPerson {
  id: string;
  name: string;
  title?: string | null;
  category?: PersonCategory | null;
  ourStage?: RelationshipStage | null;
}

export interface PersonPickerProps {
  label: string;
  /** Form field name (errors are matched on it; the search box is `<name>-search`). */
  name: string;
  value: readonly PickedPerson[];
  multiple?: boolean;
  error?: string | undefined;
  hint?: string;
  /** The person is given (the form was opened for them): no "change". */
  locked?: boolean;
  onChange(people: PickedPerson[]): void;
}

/** Search people by name (Query.people) and pick one, or several for an interaction. */
export function PersonPicker({ label, name, value, multiple = false, error, hint, locked = false, onChange }: PersonPickerProps) {
  const [text, setText] = useState('');
  const result = usePeopleSearch(text, { minLength: 2, delayMs: 200 });
  const search = result.term;
  const listId = useId();
  const hits = (result.people ?? []).filter((p) => !value.some((v) => v.id === p.id));
  const showInput = multiple || value.length === 0;
  const pick = (person: PickedPerson) => {
    onChange(multiple ? [...value, person] : [person]);
    setText('');
  };

  return (
    <FormField as="div" className="person-picker" label={label} error={error} hint={hint}>
      {value.length > 0 && (
        <div className="chip-row picked">
          {value.map((p) => (
            <span key={p.id} className="pill picked-person" data-person-id={p.id}>
              <strong>{p.title ? `${p.title} ${p.name}` : p.name}</strong>
              {p.ourStage ? <span className="muted"> · {stageLabel(p.ourStage)}</span> : null}
              {!locked && (
                <button type="button" className="link-button" aria-label={tr('personPicker.remove', { name: p.name })} onClick={() => onChange(value.filter((v) => v.id !== p.id))}>
                  {multiple ? '✕' : tr('personPicker.change')}
                </button>
              )}
            </span>
          ))}
        </div>
      )}
      {showInput && (
        <input
          type="text"
          name={`${name}-search`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={multiple && value.length ? tr('personPicker.addAnother') : tr('personPicker.typeTwoLetters')}
          autoComplete="off"
          aria-controls={listId}
          aria-invalid={!!error}
        />
      )}
      {showInput && result.asked && (
        <ul className="pick-list" id={listId} role="listbox">
          {result.loading && <li className="muted loading">{tr('personPicker.searching')}</li>}
          {result.error && <li className="error">{tr('personPicker.failed', { message: result.error.message })}</li>}
          {!result.loading && !result.error && hits.length === 0 && <li className="muted">{tr('personPicker.nobody', { search })}</li>}
          {hits.map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => pick(p)} data-person-id={p.id}>
                <span>{p.title ? `${p.title} ${p.name}` : p.name}</span>
                <small className="muted">
                  {personCategoryLabel(p.category)}
                  {p.ourStage ? ` · ${stageLabel(p.ourStage)}` : ''}
                </small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </FormField>
  );
}
