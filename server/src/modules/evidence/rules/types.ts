/** What the evidence rules take: people's parts in works, as plain values. */

export type WorkKindWord = 'publication' | 'trial' | 'talk';

/** One person's part in one work. */
export interface Participation {
  personId: string;
  workId: string;
  kind: WorkKindWord;
  /** ISO date of the work, or null. */
  date: string | null;
  /** The work's label in sentences: the PMID, the NCT id, or the event's name for a talk. */
  label: string;
  /** The work's title (a talk's topic or session). */
  title: string;
  /** How sure the match of this person to the name in the work is (1: ORCID or a user's decision). */
  matchScore: number;
  /** Publications: 1 = first author; the article's personal authors; whether last (senior). */
  position?: number;
  authorCount?: number;
  last?: boolean;
  /** Trials: principal_investigator, study_chair, study_director, sub_investigator; talks: chair, moderator, speaker, panelist. */
  role?: string | null;
  /** Trials: an overall official (true) or a site investigator (false). */
  overall?: boolean;
  /** Talks: the event and session they share with other speakers. */
  sessionKey?: string | null;
  /** The work's therapeutic areas (ids). */
  areaIds: readonly string[];
}

/** The year of an ISO date, or null. */
export function yearOf(date: string | null | undefined): number | null {
  return date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;
}

/** 0.5^(whole years since the work / half-life); works dated in the future count 1; undated ones `undated`. */
export function recency(date: string | null, asOf: string, halfLifeYears: number, undated: number): number {
  const year = yearOf(date);
  if (year === null) return undated;
  const age = Math.max(0, Number(asOf.slice(0, 4)) - year);
  return 0.5 ** (age / halfLifeYears);
}
