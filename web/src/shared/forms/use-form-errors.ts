import { useCallback, useMemo, useState } from 'react';
import { splitFieldErrors, type FieldError, type SplitErrors } from './field-errors.js';
import { tr } from '../i18n/intl.js';

const NO_ERRORS: SplitErrors = { byField: {}, general: [] };

/** What a mutation answers (errors as data): `ok`, and the fields it refused with why. */
export interface Payload {
  ok: boolean;
  errors: readonly FieldError[];
}

export interface FormErrorsState {
  errors: SplitErrors;
  clear(): void;
  /** The server refused (errors as data): each message next to its field, the rest on top. */
  refused(errors: readonly FieldError[]): void;
  /** The request itself failed: one message on top, "What: why". */
  failed(what: string, error: unknown): void;
  /** A problem the form finds itself. */
  set(errors: SplitErrors): void;
  /**
   * Runs a mutation and shows what went wrong: the refused fields, or `what` and the reason
   * when the request failed. `onSaved` runs when the payload is ok (and, with `complete`,
   * has what the form needs next).
   */
  save<P extends Payload>(what: string, run: () => Promise<P | null | undefined>, onSaved: (payload: P) => void, complete?: (payload: P) => boolean): Promise<void>;
}

export interface FormErrorsOptions {
  /** Maps the server's field path to the form's field (e.g. `personIds[2]` -> `personIds`). */
  fieldOf?(field: string): string;
  /** Said when the server answers without a payload. */
  refusal?: string;
}

/** The errors a mutation's form shows, for the given form fields (a constant array). */
export function useFormErrors(fields: readonly string[], { fieldOf, refusal }: FormErrorsOptions = {}): FormErrorsState {
  const [errors, set] = useState<SplitErrors>(NO_ERRORS);
  const clear = useCallback(() => set(NO_ERRORS), []);
  return useMemo(() => {
    const refused = (list: readonly FieldError[]) => set(splitFieldErrors(fieldOf ? list.map((e) => ({ ...e, field: fieldOf(e.field) })) : list, fields));
    const failed = (what: string, error: unknown) => set({ byField: {}, general: [tr('errors.requestFailed', { what, reason: error instanceof Error ? error.message : String(error) })] });
    return {
      errors,
      clear,
      set,
      refused,
      failed,
      save: async (what, run, onSaved, complete) => {
        try {
          const payload = await run();
          if (!payload?.ok || (complete && !complete(payload))) return refused(payload?.errors ?? (refusal ? [{ field: '', message: refusal }] : []));
          set(NO_ERRORS);
          onSaved(payload);
        } catch (error) {
          failed(what, error);
        }
      },
    };
  }, [errors, clear, fields, fieldOf, refusal]);
}
