/**
 * The first questions after a start are slow: Neo4j plans each statement the first time
 * it sees it (the map's takes seconds), its page cache is cold, and V8 has not compiled
 * the code that answers. Without a warm-up the first KAM of the day waits for all of it
 * (README, Performance, "The first questions after a start").
 *
 * So once the server listens, it asks what the web app's first screen asks, once and one
 * after another, in the app's own words: the documents below are the app's (web/src/gql),
 * with the variables it sends for a territory, so Neo4j plans the same statements with the
 * same parameter types. The map and balance of power, which are computed per territory,
 * are asked for the largest territories. The asker is an internal, read-only viewer that
 * sees everything and is no user: a strategist, so no dossier is read and nothing is
 * audited, and its watches and inbox are empty. A failed question is reported and the next one asked; the
 * warm-up never stops the server from serving meanwhile.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  BalanceOfPowerDocument,
  CountryPackDocument,
  GraphViewDocument,
  GraphViewTiesDocument,
  InboxCountDocument,
  PersonDetailsDocument,
  ScopeChangesDocument,
  ScopeNameDocument,
  TendersDocument,
  TerritoriesDocument,
  TerritoryCountsDocument,
  WatchesDocument,
} from '../../web/src/gql/graphql.js';
import { MAP_TIE_TYPES } from '../../web/src/shared/urls/map-view.js';
import type { Viewer } from './kernel/auth/viewer.js';
import { addDays } from './kernel/dates.js';
import { INBOX_FIRST_DAYS } from './modules/changes/questions.js';

/** Who asks the warm-up's questions: no user, sees everything, may change nothing. */
export const WARM_UP_VIEWER: Viewer = Object.freeze({
  userId: 'system:warm-up',
  name: 'Warm-up',
  role: 'strategist',
  territoryIds: null,
  teamIds: new Set<string>(),
  preferredLocale: null,
});

/** Asks one question as WARM_UP_VIEWER; resolves with the answer's data and its errors' messages. */
export type WarmUpAsk = <R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
) => Promise<{ data: R | null; errors: string[] }>;

export interface WarmUpStep {
  question: string;
  ms: number;
  /** The first error's message, or null. */
  error: string | null;
}

export interface WarmUpReport {
  ms: number;
  steps: WarmUpStep[];
  /** The territories whose map and balance of power were asked for, largest first. */
  territoryIds: string[];
}

/**
 * Territories whose map and balance of power are computed: a national graph's largest
 * regions, a few seconds of background work each on a 10,000-person territory.
 */
const MAX_TERRITORIES = 8;

export async function warmUp(ask: WarmUpAsk, today: string): Promise<WarmUpReport> {
  const started = performance.now();
  const steps: WarmUpStep[] = [];
  const asked = async <R, V extends Record<string, unknown>>(question: string, document: TypedDocumentNode<R, V>, variables: V): Promise<R | null> => {
    const at = performance.now();
    let answer: { data: R | null; errors: string[] };
    try {
      answer = await ask(document, variables);
    } catch (error) {
      answer = { data: null, errors: [error instanceof Error ? error.message : String(error)] };
    }
    steps.push({ question, ms: Math.round(performance.now() - at), error: answer.errors[0] ?? null });
    return answer.data;
  };

  await asked('CountryPack', CountryPackDocument, { locale: 'EN' });
  await asked('Territories', TerritoriesDocument, {});
  const counts = await asked('TerritoryCounts', TerritoryCountsDocument, {});
  await asked('Watches', WatchesDocument, {});
  await asked('InboxCount', InboxCountDocument, {});
  // The largest territories first: each one's map and balance of power is computed for
  // the graph version (and its projection kept for the writes after), and the largest
  // are the slowest to compute cold.
  const territoryIds = (counts?.territories ?? [])
    .filter((territory) => territory.peopleCount > 0)
    .sort((a, b) => b.peopleCount - a.peopleCount || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_TERRITORIES)
    .map((territory) => territory.id);
  const map = (territoryId: string) => ({ scope: { territoryId }, asOf: today, therapeuticArea: null, tieTypes: [...MAP_TIE_TYPES], without: null, limit: 2000 });
  const power = (territoryId: string) => ({ scope: { territoryId }, asOf: today, therapeuticArea: null, without: null });
  const [first, ...others] = territoryIds;
  if (first) {
    // The first screen whole, on the largest territory.
    await asked('ScopeName', ScopeNameDocument, { territory: first, institution: '', committee: '', tender: '' });
    await asked('GraphView', GraphViewDocument, map(first));
    await asked('GraphViewTies', GraphViewTiesDocument, map(first));
    const ranking = await asked('BalanceOfPower', BalanceOfPowerDocument, power(first));
    // A scope's feed over the inbox's first window: the statements and rankings every
    // watcher's inbox reads (the warm-up's own inbox watches nothing).
    await asked('ScopeChanges', ScopeChangesDocument, { scope: { territoryId: first }, since: addDays(today, -INBOX_FIRST_DAYS), until: today });
    await asked('Tenders', TendersDocument, { territoryId: first });
    // A click on the most powerful person: the side panel's details.
    const personId = ranking?.balanceOfPower.ranking[0]?.person.id;
    if (personId) await asked('PersonDetails', PersonDetailsDocument, { id: personId });
  }
  // The others' map and balance of power, computed per territory.
  for (const territoryId of others) {
    await asked(`GraphView ${territoryId}`, GraphViewDocument, map(territoryId));
    await asked(`BalanceOfPower ${territoryId}`, BalanceOfPowerDocument, power(territoryId));
  }
  return { ms: Math.round(performance.now() - started), steps, territoryIds };
}
