/**
 * Changes from dated facts: the heart of the feed, the inbox, the live stream and webhooks.
 * Every change is read off the graph's own dates (a tie's since and until, a tender's
 * status history, a person's addedOn), so the feed says what as-of answers say; the
 * change log only adds who wrote a fact and when (an edit to the past is listed with its
 * past date because it was written in the window).
 */
import { ChangeKind, type RelationshipStage, type TenderStatus } from '../../../__generated__/vocabulary.js';
import { addMonths } from '../../../kernel/dates.js';
import type { MessageId, MessageParams } from '../../../kernel/i18n/catalogue.js';
import type { ChangeModel, EvidenceModel, MessageModel, RankMoveModel, RecordedModel } from '../models.js';
import { addedFact, endFact, startFact, statusFact, type Facts, type RecordedFacts, type StatusFact, type TieFact } from './facts.js';
import { roleWeight, stanceChangeWeight, tieChangeWeight, type PowerOf } from './weight.js';

/** Terms ending within this many months after the window are TERM_ENDING (as balanceOfPower's whatMayChange). */
export const TERM_WINDOW_MONTHS = 6;

export interface DeriveWindow {
  /** First and last day of the window (inclusive). */
  since: string;
  until: string;
  /** Today: a change dated after it is told in the future tense. */
  today: string;
  /** Facts written through the API in the window (an edit to the past or future is in it too). */
  recorded: RecordedFacts;
  /**
   * How terms ending are chosen. `upcoming` (the feed): every term ending within 6 months
   * after `until`. `entered` (the inbox): the terms that came within 6 months of their end
   * during the window, so each is told once.
   */
  terms: 'upcoming' | 'entered';
}

const STANCE_WORDS = ['opposed', 'sceptical', 'neutral', 'favourable', 'preferring'] as const;

/** The stance scale's word for -2..2 (null when none). */
export function stanceWord(value: number | null): string | null {
  return value === null ? null : (STANCE_WORDS[Math.round(value) + 2] ?? null);
}

const TIE_MESSAGES: Record<string, { started: MessageId; ended: MessageId }> = {
  INFLUENCES: { started: 'change.tieStarted.influences', ended: 'change.tieEnded.influences' },
  KNOWS: { started: 'change.tieStarted.knows', ended: 'change.tieEnded.knows' },
  REPORTS_TO: { started: 'change.tieStarted.reportsTo', ended: 'change.tieEnded.reportsTo' },
  DRAFTS: { started: 'change.tieStarted.drafts', ended: 'change.tieEnded.drafts' },
};
const ROLE_MESSAGES: Record<string, { started: MessageId; ended: MessageId; ending: MessageId }> = {
  WORKS_AT: { started: 'change.roleStarted.position', ended: 'change.roleEnded.position', ending: 'change.termEnding.position' },
  MEMBER_OF: { started: 'change.roleStarted.committee', ended: 'change.roleEnded.committee', ending: 'change.termEnding.committee' },
  ROLE_IN: { started: 'change.roleStarted.decisionGroup', ended: 'change.roleEnded.decisionGroup', ending: 'change.termEnding.decisionGroup' },
};

/** The id of a change: the same wherever it appears. */
export function changeId(kind: ChangeKind, subject: string, on: string): string {
  return `${kind}|${subject}|${on}`;
}

function msg(id: MessageId, params: MessageParams, refs: Record<string, string>): MessageModel {
  return { id, params, refs };
}

const NO_EVIDENCE: readonly EvidenceModel[] = Object.freeze([]);
const NO_MOVES: readonly RankMoveModel[] = Object.freeze([]);

/** A change with the fields every kind leaves empty filled in. */
export function baseChange(fields: Pick<ChangeModel, 'id' | 'kind' | 'on' | 'message' | 'personIds' | 'entityIds'> & Partial<ChangeModel>): ChangeModel {
  return {
    subjectId: null,
    tieKeys: [],
    weight: 0,
    rankBefore: null,
    rankAfter: null,
    scoreBefore: null,
    scoreAfter: null,
    evidence: NO_EVIDENCE,
    moves: NO_MOVES,
    movedCount: null,
    stanceBefore: null,
    stanceAfter: null,
    stageBefore: null,
    stageAfter: null,
    statusBefore: null,
    statusAfter: null,
    recorded: null,
    retracted: false,
    fact: null,
    grounds: null,
    ...fields,
  };
}

const inWindow = (day: string | null, w: DeriveWindow) => day !== null && day >= w.since && day <= w.until;
const when = (day: string, w: DeriveWindow) => (day > w.today ? 'future' : 'past');

/**
 * Every change the facts hold within the window (rank moves aside: see rank-moves.ts),
 * weighed with the scope's power. Facts outside the scope must be filtered out by the
 * caller (`touchesScope`).
 */
export function deriveChanges(facts: Facts, window: DeriveWindow, power: PowerOf): ChangeModel[] {
  const changes: ChangeModel[] = [];
  for (const fact of facts.ties) changes.push(...tieChanges(fact, window, power));
  for (const added of facts.added) {
    const recorded = window.recorded.get(addedFact(added.personId)) ?? null;
    if (!inWindow(added.on, window) && !recorded) continue;
    changes.push(
      baseChange({
        id: changeId(ChangeKind.PERSON_ADDED, added.personId, added.on),
        kind: ChangeKind.PERSON_ADDED,
        on: added.on,
        message: msg('change.personAdded', {}, { person: added.personId }),
        personIds: [added.personId],
        entityIds: [added.personId],
        weight: power(added.personId),
        recorded,
        fact: addedFact(added.personId),
      }),
    );
  }
  for (const status of facts.statuses) {
    const change = statusChange(status, window);
    if (change) changes.push(change);
  }
  return changes;
}

function statusChange(status: StatusFact, window: DeriveWindow): ChangeModel | null {
  const recorded = window.recorded.get(statusFact(status.tenderId, status.on)) ?? null;
  if (!inWindow(status.on, window) && !recorded) return null;
  return baseChange({
    id: changeId(ChangeKind.TENDER_STATUS_CHANGED, `${status.tenderId}|${status.status}`, status.on),
    kind: ChangeKind.TENDER_STATUS_CHANGED,
    on: status.on,
    message: msg('change.tenderStatusChanged', { before: status.before, after: status.status }, { tender: status.tenderId }),
    personIds: status.peopleIds,
    entityIds: [...status.peopleIds, status.tenderId],
    subjectId: status.tenderId,
    statusBefore: (status.before as TenderStatus | null) ?? null,
    statusAfter: status.status as TenderStatus,
    recorded,
    fact: statusFact(status.tenderId, status.on),
  });
}

/** The changes one tie makes in the window: its start, its end, or its term coming to an end. */
export function tieChanges(fact: TieFact, window: DeriveWindow, power: PowerOf): ChangeModel[] {
  const out: ChangeModel[] = [];
  if (!isChangeFact(fact)) return out;
  const startRecorded = window.recorded.get(startFact(fact.key)) ?? null;
  const endRecorded = window.recorded.get(endFact(fact.key)) ?? null;
  // A tie without a since began, as far as the graph knows, the day it was recorded.
  const startDay = fact.since ?? startRecorded?.on ?? null;
  const starts = startDay !== null && (inWindow(startDay, window) || startRecorded !== null);
  const endDay = fact.until;
  const ends = endDay !== null && (inWindow(endDay, window) || endRecorded !== null);

  if (fact.type === 'STANCE' || fact.type === 'RELATES') {
    if (starts) {
      const change = oneValueChange(fact, startDay!, 'start', startRecorded, window, power);
      if (change) out.push(change);
    }
    if (ends && !fact.replaced) {
      const change = oneValueChange(fact, endDay!, 'end', endRecorded, window, power);
      if (change) out.push(change);
    }
    return out;
  }

  const weight = tieChangeWeight(fact, power);
  /** The tie's change of `kind` on `day`, at its start or its end. */
  const change = (
    common: Pick<ChangeModel, 'personIds' | 'entityIds' | 'subjectId' | 'tieKeys' | 'weight' | 'grounds'>,
    kind: ChangeKind,
    day: string,
    text: { id: MessageId; params: MessageParams; refs: Record<string, string> },
    end: 'start' | 'end',
  ): ChangeModel =>
    baseChange({
      ...common,
      id: changeId(kind, fact.key, day),
      kind,
      on: day,
      message: msg(text.id, text.params, text.refs),
      recorded: end === 'start' ? startRecorded : endRecorded,
      fact: end === 'start' ? startFact(fact.key) : endFact(fact.key),
    });

  const roleMessages = ROLE_MESSAGES[fact.type];
  if (roleMessages) {
    const grounds = { value: roleWeight(fact), source: fact.source, confidence: fact.confidence };
    const common = { personIds: [fact.from], entityIds: [fact.from, fact.to], subjectId: fact.to, tieKeys: [fact.key], weight, grounds };
    const text = (id: MessageId, day: string) => ({ id, params: { role: fact.role, position: fact.position, when: when(day, window), on: day }, refs: { person: fact.from, at: fact.to } });
    if (starts) out.push(change(common, ChangeKind.ROLE_STARTED, startDay!, text(roleMessages.started, startDay!), 'start'));
    if (endDay !== null && endDay > window.until) {
      // Still held when the window closes: a term coming to an end.
      if (termEnding(fact, endDay, endRecorded, window)) out.push(change(common, ChangeKind.TERM_ENDING, endDay, text(roleMessages.ending, endDay), 'end'));
    } else if (ends) {
      out.push(change(common, ChangeKind.ROLE_ENDED, endDay!, text(roleMessages.ended, endDay!), 'end'));
    }
    return out;
  }

  const tieMessages = TIE_MESSAGES[fact.type];
  if (!tieMessages) return out;
  const personIds = fact.toLabel === 'Person' ? [fact.from, fact.to] : [fact.from];
  const grounds = fact.type === 'INFLUENCES' ? { value: fact.strength ?? 0.5, source: fact.source, confidence: fact.confidence } : null;
  const common = { personIds, entityIds: [fact.from, fact.to], subjectId: fact.toLabel === 'Person' ? null : fact.to, tieKeys: [fact.key], weight, grounds };
  const text = (id: MessageId, day: string) => ({ id, params: { strength: fact.strength ?? 0.5, basis: fact.basis, when: when(day, window), on: day }, refs: { from: fact.from, to: fact.to } });
  if (starts) out.push(change(common, ChangeKind.TIE_STARTED, startDay!, text(tieMessages.started, startDay!), 'start'));
  if (ends) out.push(change(common, ChangeKind.TIE_ENDED, endDay!, text(tieMessages.ended, endDay!), 'end'));
  return out;
}

/**
 * Ties that make changes join what the model says they join: people with people (a
 * person drafting a tender), people with where they work, sit or hold a role, a person's
 * stance toward a company or product, one of our users' stage with a person. Our own
 * staff's positions and acquaintances are not stakeholder news.
 */
export function isChangeFact(fact: Pick<TieFact, 'type' | 'fromLabel' | 'toLabel'>): boolean {
  switch (fact.type) {
    case 'INFLUENCES':
    case 'KNOWS':
    case 'REPORTS_TO':
      return fact.fromLabel === 'Person' && fact.toLabel === 'Person';
    case 'RELATES':
      return fact.fromLabel === 'User' && fact.toLabel === 'Person';
    default:
      return fact.fromLabel === 'Person';
  }
}

/**
 * Whether a term ending after the window is news in it. The feed lists every term ending
 * within 6 months after its last day (what balanceOfPower as of that day lists); the
 * inbox, only the terms that came within 6 months of their end during the window, so
 * that reading the inbox empties it. An end written in the window is news either way.
 */
function termEnding(fact: TieFact, endDay: string, recorded: RecordedModel | null, window: DeriveWindow): boolean {
  if (recorded) return true;
  if (fact.since !== null && fact.since > window.until) return false;
  if (window.terms === 'upcoming') return endDay <= addMonths(window.until, TERM_WINDOW_MONTHS);
  return inWindow(addMonths(endDay, -TERM_WINDOW_MONTHS), window);
}

/** A stance or stage: a new value (from the one before), or a value no longer recorded. */
function oneValueChange(fact: TieFact, day: string, edge: 'start' | 'end', recorded: RecordedModel | null, window: DeriveWindow, power: PowerOf): ChangeModel | null {
  const id = changeId(fact.type === 'STANCE' ? ChangeKind.STANCE_CHANGED : ChangeKind.STAGE_CHANGED, fact.key, day);
  const factKey = edge === 'start' ? startFact(fact.key) : endFact(fact.key);
  if (fact.type === 'STANCE') {
    const before = edge === 'start' ? (fact.previous?.value ?? null) : fact.value;
    const after = edge === 'start' ? fact.value : null;
    if (edge === 'start' && before === after) return null;
    return baseChange({
      id,
      kind: ChangeKind.STANCE_CHANGED,
      on: day,
      message:
        edge === 'start'
          ? msg('change.stanceChanged', { before: stanceWord(before), after: stanceWord(after) }, { person: fact.from, toward: fact.to })
          : msg('change.stanceEnded', { before: stanceWord(before) }, { person: fact.from, toward: fact.to }),
      personIds: [fact.from],
      entityIds: [fact.from, fact.to],
      subjectId: fact.to,
      tieKeys: [fact.key],
      weight: stanceChangeWeight(fact.from, before, after, power),
      stanceBefore: before,
      stanceAfter: after,
      recorded,
      fact: factKey,
    });
  }
  const before = (edge === 'start' ? (fact.previous?.stage ?? null) : fact.stage) as RelationshipStage | null;
  const after = (edge === 'start' ? fact.stage : null) as RelationshipStage | null;
  if (edge === 'start' && before === after) return null;
  return baseChange({
    id,
    kind: ChangeKind.STAGE_CHANGED,
    on: day,
    message:
      edge === 'start'
        ? msg('change.stageChanged', { before, after }, { user: fact.from, person: fact.to })
        : msg('change.stageEnded', { before }, { user: fact.from, person: fact.to }),
    personIds: [fact.to],
    entityIds: [fact.to, fact.from],
    tieKeys: [fact.key],
    stageBefore: before,
    stageAfter: after,
    recorded,
    fact: factKey,
  });
}

/** The sets a scope is made of: its people (before and after the window) and its tenders. */
export interface ScopeSets {
  scopeId: string | null;
  people: ReadonlySet<string>;
  tenders: ReadonlySet<string>;
}

/** Whether a change touches the scope: one of its people, or the scope's own node or tenders. */
export function touchesScope(change: Pick<ChangeModel, 'personIds' | 'subjectId'>, scope: ScopeSets | null): boolean {
  if (scope === null) return true;
  if (change.personIds.some((id) => scope.people.has(id))) return true;
  return change.subjectId !== null && (change.subjectId === scope.scopeId || scope.tenders.has(change.subjectId));
}

/** Weightiest first, then newest, then by id: a stable order for cursors. */
export function byWeight(a: ChangeModel, b: ChangeModel): number {
  return b.weight - a.weight || (a.on < b.on ? 1 : a.on > b.on ? -1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Newest first, then weightiest, then by id. */
export function byDate(a: ChangeModel, b: ChangeModel): number {
  return (a.on < b.on ? 1 : a.on > b.on ? -1 : 0) || b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
