import type { ReactNode, SelectHTMLAttributes } from 'react';
import { tr } from '../i18n/intl.js';

export interface FormFieldProps {
  label: ReactNode;
  error?: string | undefined;
  hint?: string | undefined;
  /** A field holding several controls (a picker with buttons) is a div, not a label. */
  as?: 'label' | 'div';
  className?: string;
  children: ReactNode;
}

/** A labelled control with its hint, or its error from the server next to it. */
export function FormField({ label, error, hint, as: Tag = 'label', className, children }: FormFieldProps) {
  return (
    <Tag className={['field', className, error ? 'has-error' : ''].filter(Boolean).join(' ')}>
      <span>{label}</span>
      {children}
      {hint && !error && <small>{hint}</small>}
      {error && (
        <small className="field-error" role="alert">
          {error}
        </small>
      )}
    </Tag>
  );
}

export function FormErrors({ errors }: { errors: readonly string[] }) {
  if (!errors.length) return null;
  return (
    <div className="form-errors" role="alert">
      {errors.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

export interface Option<T extends string = string> {
  value: T;
  label: ReactNode;
}

/** Options from values (a closed list's, in its order), each named by `label` (the value itself by default). */
export function optionsOf<T extends string>(values: readonly T[], label: (value: T) => ReactNode = (v) => v): Option<T>[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** A select's options, after an optional empty choice. */
export function Options<T extends string>({ options, placeholder }: { options: readonly Option<T>[]; placeholder?: string | undefined }) {
  return (
    <>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

export type SelectFieldProps<T extends string = string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  error?: string | undefined;
  hint?: string | undefined;
  /** '' only with a placeholder. */
  value: T | '';
  /** One of the options' values ('' for the placeholder); T is inferred from `value` and `options`. */
  onChange(value: NoInfer<T>): void;
  options: readonly Option<T>[];
  /** A first, empty choice ("Any", "Choose…"). */
  placeholder?: string;
};

/** A FormField with a select of options. */
export function SelectField<T extends string = string>({ label, error, hint, value, onChange, options, placeholder, ...select }: SelectFieldProps<T>) {
  return (
    <FormField label={label} error={error} hint={hint}>
      <select {...select} value={value} onChange={(e) => onChange(e.target.value as T)}>
        <Options options={options} placeholder={placeholder} />
      </select>
    </FormField>
  );
}

export interface FormActionsProps {
  busy: boolean;
  /** The submit button's words, and while saving. */
  submit: string;
  busyLabel: string;
  onCancel?: (() => void) | undefined;
  submitTestId?: string;
}

/** Submit (primary) and Cancel at the foot of a form. */
export function FormActions({ busy, submit, busyLabel, onCancel, submitTestId }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className="primary" disabled={busy} data-testid={submitTestId}>
        {busy ? busyLabel : submit}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {tr('common.cancel')}
        </button>
      )}
    </div>
  );
}
