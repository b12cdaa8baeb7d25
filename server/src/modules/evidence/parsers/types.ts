/**
 * What every evidence parser yields: works with the names in them, as the files write
 * them. Parsers stream (memory stays flat on a 100 MB file) and stop at the first problem
 * with an EvidenceFileError naming the file and the position.
 */
import type { WordedError } from '../../../kernel/errors.js';
import { DEFAULT_LOCALE, formatMessage, type Locale, type MessageId, type MessageParams } from '../../../kernel/i18n/catalogue.js';
import type { NameParts } from '../rules/names.js';

export const EVIDENCE_FORMATS = ['pubmed_xml', 'medline', 'clinicaltrials_json', 'congress_csv'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

/** A name as a work gives it. */
export interface NameInWork extends NameParts {
  /** As written: `Conceição, João`, `João Conceição, MD`. */
  written: string;
  orcid: string | null;
  affiliations: string[];
  cities: string[];
}

export interface PublicationRecord {
  kind: 'publication';
  pmid: string;
  title: string;
  journal: string | null;
  /** ISO date; a missing month or day is the first. */
  date: string | null;
  doi: string | null;
  meshTerms: string[];
  collectiveAuthors: string[];
  authors: Array<NameInWork & { position: number; last: boolean }>;
  /** Where it is in the file, for messages (`line 120`). */
  at: string;
}

export type InvestigatorRoleWord = 'principal_investigator' | 'study_chair' | 'study_director' | 'sub_investigator';

export interface TrialRecord {
  kind: 'trial';
  nctId: string;
  title: string;
  officialTitle: string | null;
  phases: string[];
  overallStatus: string | null;
  startDate: string | null;
  completionDate: string | null;
  conditions: string[];
  investigators: Array<NameInWork & { role: InvestigatorRoleWord; overall: boolean; site: string | null; city: string | null }>;
  at: string;
}

export type SpeakerRoleWord = 'chair' | 'moderator' | 'speaker' | 'panelist';

export interface TalkRecord {
  kind: 'talk';
  event: string;
  date: string;
  city: string | null;
  session: string;
  role: SpeakerRoleWord;
  topic: string | null;
  speaker: NameInWork;
  at: string;
}

export type EvidenceRecord = PublicationRecord | TrialRecord | TalkRecord;

/** Where in a file: a line and column, or a record (`studies[3]`). */
export interface FilePosition {
  line?: number;
  column?: number;
  record?: string;
}

/**
 * A file that cannot be imported: which, where, and why (a catalogue message). Its
 * `message` reads in English; `wordedIn` in the reader's language (the CLI's locale, the
 * upload's Accept-Language).
 */
export class EvidenceFileError extends Error implements WordedError {
  constructor(
    readonly file: string,
    readonly position: FilePosition | null,
    readonly messageId: MessageId,
    readonly params: MessageParams = {},
  ) {
    super(describeFileError(file, position, messageId, params, DEFAULT_LOCALE));
  }

  wordedIn(locale: Locale): string {
    return describeFileError(this.file, this.position, this.messageId, this.params, locale);
  }
}

function describeFileError(file: string, position: FilePosition | null, id: MessageId, params: MessageParams, locale: Locale): string {
  return `${file}${describePosition(position, locale)}: ${formatMessage(id, params, locale)}`;
}

/** ` (line 12, column 4, studies[3])`: where in a file, in the reader's words; records are named as the file names them. */
export function describePosition(position: FilePosition | null, locale: Locale = DEFAULT_LOCALE): string {
  if (!position) return '';
  const parts: string[] = [];
  if (position.line !== undefined) {
    parts.push(formatMessage(position.column !== undefined ? 'position.lineColumn' : 'position.line', { line: position.line, column: position.column ?? null }, locale));
  }
  if (position.record !== undefined) parts.push(position.record);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** Told how far a file has been read. */
export type BytesRead = (bytes: number) => void;

/** A parser: the file's records, in order. */
export type EvidenceParser = (file: string, onBytes?: BytesRead) => AsyncGenerator<EvidenceRecord>;

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
  spring: '03', summer: '06', autumn: '09', fall: '09', winter: '12',
};

/**
 * An ISO date from the pieces bibliographic records give: `2023 May 17`, `2023-05`,
 * `1998 Dec-1999 Jan` (MedlineDate: its first day), `2021 Spring`. Null when no year.
 */
export function isoDate(year: string | null | undefined, month?: string | null, day?: string | null): string | null {
  if (!year || !/^\d{4}$/.test(year.trim())) return null;
  let m = (month ?? '').trim().toLowerCase();
  if (/^\d{1,2}$/.test(m)) m = m.padStart(2, '0');
  else m = MONTHS[m.slice(0, 3)] ?? MONTHS[m] ?? '01';
  if (Number(m) < 1 || Number(m) > 12) m = '01';
  let d = (day ?? '').trim();
  d = /^\d{1,2}$/.test(d) ? d.padStart(2, '0') : '01';
  const iso = `${year.trim()}-${m}-${d}`;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso ? `${year.trim()}-${m}-01` : iso;
}

/** A free-text date (`2023 May 17`, `1998 Dec-1999 Jan`, `2021-03`, `2021-03-15`) as ISO, or null. */
export function looseDate(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  const iso = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(t);
  if (iso) return isoDate(iso[1], iso[2] ?? null, iso[3] ?? null);
  const words = /^(\d{4})(?:\s+([A-Za-z]+))?(?:\s+(\d{1,2}))?/.exec(t);
  return words ? isoDate(words[1], words[2] ?? null, words[3] ?? null) : null;
}
