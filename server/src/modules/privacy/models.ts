import type { LawfulBasis, NoticeMethod } from '../../__generated__/vocabulary.js';
import type { RetentionFacts } from './rules/retention.js';

/** Lawful basis, notice and the facts retention is counted from (DataProtection's mapper). */
export interface DataProtectionModel extends RetentionFacts {
  personId: string;
  lawfulBasis: LawfulBasis | null;
  noticeMethod: NoticeMethod | null;
}

export interface DossierModel {
  personId: string;
  birthday: string | null;
  hobbies: string[];
  family: string | null;
  values: string | null;
  communicationStyle: string | null;
  characterType: string | null;
  source: string | null;
  recordedOn: string | null;
}

/** What one module's erasure hook changed. */
export interface ErasedPart {
  module: string;
  items: number;
}
