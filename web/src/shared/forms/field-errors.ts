// Mutations return expected failures as data: `errors { field message }` with paths such as
// `input.strength`. Forms show each message next to its field; the rest at the form's top.

export interface FieldError {
  field: string;
  message: string;
}

export interface SplitErrors {
  byField: Record<string, string>;
  general: string[];
}

/** Maps `input.strength` / `strength` to the form's `strength`; unknown fields become general errors. */
export function splitFieldErrors(errors: readonly FieldError[], formFields: readonly string[]): SplitErrors {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const e of errors) {
    const leaf = e.field.replace(/^input\./, '').split('.').pop() ?? e.field;
    if (formFields.includes(leaf) && !byField[leaf]) byField[leaf] = e.message;
    else general.push(e.field ? `${e.field}: ${e.message}` : e.message);
  }
  return { byField, general };
}

/** '' -> null, '0.7' -> 0.7, 'x' -> NaN (the server names the field). */
export function numberOrNull(value: string): number | null {
  const t = value.trim();
  return t === '' ? null : Number(t);
}

export function textOrNull(value: string): string | null {
  const t = value.trim();
  return t === '' ? null : t;
}
