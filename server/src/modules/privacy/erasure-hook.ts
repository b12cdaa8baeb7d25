import type { WriteTransaction } from '../../kernel/database/db-client.js';

/**
 * How far an erasure goes:
 * - `person`: a data subject's request (GDPR art. 17, LGPD art. 18): everything personal
 *   goes; the node stays as an anonymised placeholder so ties keep their meaning.
 * - `dossier`: retention has run out: the dossier and the free text written about the
 *   person go; the name and professional details (still a lawful working contact) stay.
 */
export type ErasureScope = 'person' | 'dossier';

export interface ErasureSubject {
  personId: string;
  /** The name before erasure: hooks may look for it in free text written elsewhere. */
  formerName: string;
  /** What the person is called after a `person` erasure. */
  placeholder: string;
  /** The day of the erasure, ISO `YYYY-MM-DD`. */
  today: string;
  scope: ErasureScope;
}

/**
 * What one module holds about a person, and how to remove it. Every module that stores
 * personal data registers one in `modules/erasure-hooks.ts`; the privacy module runs them
 * all inside one write transaction (all of it is erased, or none of it), in the order
 * listed, and reports what each touched. A hook runs its own module's Cypher through the
 * transaction it is handed.
 */
export interface ErasureHook {
  /** The module, as reported in the erasure payload and the retention job's output. */
  module: string;
  /** What it holds about a person, in a few words (docs/architecture.md lists them). */
  holds: string;
  /** Removes or anonymises the subject's data; returns how many items it changed. */
  erase(tx: WriteTransaction, subject: ErasureSubject): Promise<number>;
}
