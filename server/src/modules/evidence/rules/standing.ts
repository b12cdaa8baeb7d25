/**
 * Scientific standing: the article's "lasting scientific and medical leadership" made
 * countable. Each work a person took part in counts by their role, its recency and, when
 * one is asked, its therapeutic area (the SDL's ScientificStanding states the weights).
 */
import type { MessageId as CatalogueId, MessageParams } from '../../../kernel/i18n/catalogue.js';
import { recency, yearOf, type Participation } from './types.js';

export const STANDING_ROLE_WEIGHTS = {
  publication: { senior: 1, first: 0.6, other: 0.25 },
  trial: { principal_investigator: 1.5, study_chair: 1.5, study_director: 1, site_principal_investigator: 0.75, sub_investigator: 0.3 },
  talk: { chair: 0.6, moderator: 0.6, speaker: 0.5, panelist: 0.4 },
} as const;
export const STANDING_HALF_LIFE_YEARS = 3;
export const UNDATED_RECENCY = 0.25;
/** A work outside the asked therapeutic area counts this much. */
export const OTHER_AREA_WEIGHT = 0.2;
/** level = 1 − exp(−raw / LEVEL_SCALE). */
export const LEVEL_SCALE = 5;
export const MAX_STANDING_EVIDENCE = 10;

/** The catalogue's sentences of standing lines (kernel/i18n). */
export type StandingMessageId = Extract<CatalogueId, `standing.${string}`>;

export interface StandingLine {
  workId: string;
  /** What the work counts for, as a message of the catalogue, rendered in each request's language. */
  messageId: StandingMessageId;
  params: MessageParams;
  weight: number;
  recency: number;
  area: number;
  contribution: number;
}

export interface Standing {
  raw: number;
  level: number;
  publications: number;
  seniorPublications: number;
  trialsLed: number;
  trialSites: number;
  talks: number;
  /** Heaviest first, at most MAX_STANDING_EVIDENCE. */
  evidence: StandingLine[];
}

export const NO_STANDING: Readonly<Standing> = Object.freeze({ raw: 0, level: 0, publications: 0, seniorPublications: 0, trialsLed: 0, trialSites: 0, talks: 0, evidence: [] });

/** The role a participation counts as, and the sentence that names it. */
export function roleOf(p: Participation): { weight: number; messageId: StandingMessageId } {
  if (p.kind === 'publication') {
    const w = STANDING_ROLE_WEIGHTS.publication;
    if (p.last && (p.authorCount ?? 0) >= 2) return { weight: w.senior, messageId: 'standing.publication.senior' };
    // A sole author is the first and the senior one.
    if (p.position === 1 && (p.authorCount ?? 1) <= 1) return { weight: w.senior, messageId: 'standing.publication.senior' };
    if (p.position === 1) return { weight: w.first, messageId: 'standing.publication.first' };
    return { weight: w.other, messageId: 'standing.publication.other' };
  }
  if (p.kind === 'trial') {
    const w = STANDING_ROLE_WEIGHTS.trial;
    if (p.overall) {
      if (p.role === 'study_chair') return { weight: w.study_chair, messageId: 'standing.trial.study_chair' };
      if (p.role === 'study_director') return { weight: w.study_director, messageId: 'standing.trial.study_director' };
      if (p.role === 'principal_investigator') return { weight: w.principal_investigator, messageId: 'standing.trial.principal_investigator' };
      return { weight: w.sub_investigator, messageId: 'standing.trial.sub_investigator' };
    }
    if (p.role === 'principal_investigator' || p.role === 'study_chair' || p.role === 'study_director') {
      return { weight: w.site_principal_investigator, messageId: 'standing.trial.site_principal_investigator' };
    }
    return { weight: w.sub_investigator, messageId: 'standing.trial.sub_investigator' };
  }
  const w = STANDING_ROLE_WEIGHTS.talk;
  switch (p.role) {
    case 'chair':
      return { weight: w.chair, messageId: 'standing.talk.chair' };
    case 'moderator':
      return { weight: w.moderator, messageId: 'standing.talk.moderator' };
    case 'panelist':
      return { weight: w.panelist, messageId: 'standing.talk.panelist' };
    default:
      return { weight: w.speaker, messageId: 'standing.talk.speaker' };
  }
}

/**
 * One person's standing from their participations, as of a date: works dated after it do
 * not count yet. `areaId`: works outside that area count OTHER_AREA_WEIGHT.
 */
export function standingOf(participations: readonly Participation[], asOf: string, areaId: string | null = null): Standing {
  const lines: StandingLine[] = [];
  const counted = new Set<string>();
  const out = { publications: 0, seniorPublications: 0, trialsLed: 0, trialSites: 0, talks: 0 };
  for (const p of participations) {
    if (p.date !== null && p.date > asOf) continue;
    // A work counts once per person, at its best role (two names matched to one person).
    const key = p.workId;
    const { weight, messageId } = roleOf(p);
    const r = recency(p.date, asOf, STANDING_HALF_LIFE_YEARS, UNDATED_RECENCY);
    const area = areaId === null || p.areaIds.includes(areaId) ? 1 : OTHER_AREA_WEIGHT;
    const line: StandingLine = {
      workId: p.workId,
      messageId,
      // The year as text: a number would be shown grouped ("2,026").
      params: { pmid: p.label, nctId: p.label, event: p.label, title: p.title, year: yearOf(p.date)?.toString() ?? null },
      weight,
      recency: round4(r),
      area,
      contribution: round4(weight * r * area),
    };
    if (counted.has(key)) {
      const at = lines.findIndex((l) => l.workId === key);
      if (at >= 0 && lines[at]!.contribution < line.contribution) lines[at] = line;
      continue;
    }
    counted.add(key);
    lines.push(line);
    if (p.kind === 'publication') {
      out.publications += 1;
      if (messageId === 'standing.publication.senior') out.seniorPublications += 1;
    } else if (p.kind === 'trial') {
      if (p.overall) out.trialsLed += 1;
      else out.trialSites += 1;
    } else out.talks += 1;
  }
  const raw = round4(lines.reduce((sum, l) => sum + l.contribution, 0));
  lines.sort((a, b) => b.contribution - a.contribution || a.workId.localeCompare(b.workId));
  return { raw, level: round4(1 - Math.exp(-raw / LEVEL_SCALE)), ...out, evidence: lines.slice(0, MAX_STANDING_EVIDENCE) };
}

/** Participations grouped by person: what the balance of power's projection brings. */
export function standingByPerson(participations: readonly Participation[], asOf: string, areaId: string | null): Map<string, Standing> {
  const byPerson = new Map<string, Participation[]>();
  for (const p of participations) {
    const list = byPerson.get(p.personId);
    if (list) list.push(p);
    else byPerson.set(p.personId, [p]);
  }
  const out = new Map<string, Standing>();
  for (const [personId, list] of byPerson) out.set(personId, standingOf(list, asOf, areaId));
  return out;
}

function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
