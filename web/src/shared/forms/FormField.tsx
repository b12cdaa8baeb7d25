import type { ReactNode } from 'react';

export function FormField({ label, error, children, hint }: { label: string; error?: string | undefined; hint?: string; children: ReactNode }) {
  return (
    <label className={`field${error ? ' has-error' : ''}`}>
      <span>{label}</span>
      {children}
      {hint && !error && <small>{hint}</small>}
      {error && (
        <small className="field-error" role="alert">
          {error}
        </small>
      )}
    </label>
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
