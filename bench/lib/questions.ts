/**
 * The questions the benchmark asks, each twice: as a GraphQL document, and as a plain
 * function over the SAME question modules, repositories and DataLoaders that builds the
 * same JSON (same fields, same order). The bench checks both answers are equal before it
 * times anything, so the GraphQL / raw ratio compares like with like.
 */
import type { GraphContext } from '../../server/src/context.js';
import { renderMessage } from '../../server/src/kernel/i18n/catalogue.js';
import { assertMaySeeScope, balanceOfPower, leaningOf } from '../../server/src/modules/power/questions.js';
import { decisionGroup, specShapers } from '../../server/src/modules/tenders/questions.js';
import { graphView } from '../../server/src/modules/map/questions.js';
import { introductionPaths } from '../../server/src/modules/introductions/questions.js';
import { person as personQuestion } from '../../server/src/modules/people/questions.js';

import { loadAll, loadExisting, loadOptional } from '../../server/src/kernel/graphql/load.js';
import type { PersonModel } from '../../server/src/modules/people/models.js';
import type { UserModel } from '../../server/src/modules/users/models.js';
import * as vocabulary from '../../server/src/__generated__/vocabulary.js';

export type QuestionName = 'personDetail' | 'balanceOfPower' | 'balanceOfPowerRanking' | 'balanceOfPowerEverywhere' | 'specShapers' | 'introductionPaths' | 'decisionGroup' | 'graphView';

export interface Question {
  name: QuestionName;
  /** The GraphQL document (one operation). */
  document: string;
  /** The same answer, built from the same code without GraphQL: what `data` holds. */
  raw(ctx: GraphContext, variables: Record<string, unknown>): Promise<unknown>;
}

type Vars = Record<string, unknown>;

/**
 * The enum name GraphQL answers for a stored word (`kol` -> `KOL`), as the schema's enum
 * resolvers map it: raw answers must say the same.
 */
const reverseMaps = new Map<object, Map<string, string>>();
function named(values: Record<string, string>, stored: string | null | undefined): string | null {
  if (stored === null || stored === undefined) return null;
  let reverse = reverseMaps.get(values);
  if (!reverse) reverseMaps.set(values, (reverse = new Map(Object.entries(values).map(([name, word]) => [word, name]))));
  const name = reverse.get(stored);
  if (name === undefined) throw new Error(`"${stored}" is not a stored word of this enum`);
  return name;
}
const stageName = (stage: string | null | undefined) => named(vocabulary.RelationshipStage, stage);
const str = (v: Vars, key: string) => v[key] as string;
const num = (v: Vars, key: string) => (v[key] ?? null) as number | null;

const personRef = (p: PersonModel) => ({ id: p.id, name: p.name });
const userRef = (u: UserModel | null) => (u ? { id: u.id, name: u.name } : null);
const date = (value: string | null | undefined) => (value === null || value === undefined ? null : String(value).slice(0, 10));
const meanOurStance = (stances: Array<{ ours: boolean; value: number }>) => {
  const ours = stances.filter((s) => s.ours);
  return ours.length === 0 ? null : ours.reduce((sum, s) => sum + s.value, 0) / ours.length;
};

export const PERSON_DETAIL: Question = {
  name: 'personDetail',
  document: /* GraphQL */ `
    query BenchPersonDetail($id: ID!) {
      person(id: $id) {
        id name title category specialty optedOut
        positions { institution { id name kind } title head since until }
        territories { id name }
        committees { committee { id name kind } role since until }
        stances { towardId towardName value ours source since }
        stanceTowardUs
        relationships { user { id name role } stage owns }
        ourStage
        owner { id name role }
      }
    }`,
  async raw(ctx, v) {
    const id = str(v, 'id');
    // The resolver's own question: the check and the whole detail side by side.
    const person = await personQuestion(ctx, id);
    if (!person) return { person: null };
    const { loaders } = ctx;
    const [positions, territoryIds, committees, stances, relationships] = await Promise.all([
      loaders.positions.load(id),
      loaders.territoryIds.load(id),
      loaders.committeeSeats.load(id),
      loaders.stances.load(id),
      loaders.relationships.load(id),
    ]);
    const ownerId = relationships.find((r) => r.owns)?.userId;
    const [territories, users, owner] = await Promise.all([
      loadAll(loaders.territories, territoryIds),
      Promise.all(relationships.map((r) => loadExisting(loaders.user, r.userId, 'user'))),
      loadOptional(loaders.user, ownerId),
    ]);
    return {
      person: {
        id: person.id,
        name: person.name,
        title: person.title,
        category: named(vocabulary.PersonCategory, person.category),
        specialty: person.specialty,
        optedOut: person.optedOut,
        positions: positions.map((p) => ({
          institution: { id: p.institution.id, name: p.institution.name, kind: named(vocabulary.InstitutionKind, p.institution.kind) },
          title: p.title,
          head: p.head,
          since: date(p.since),
          until: date(p.until),
        })),
        territories: territories.map((t) => ({ id: t.id, name: t.name })),
        committees: committees.map((c) => ({
          committee: { id: c.committee.id, name: c.committee.name, kind: c.committee.kind },
          role: named(vocabulary.CommitteeRole, c.role),
          since: date(c.since),
          until: date(c.until),
        })),
        stances: stances.map((s) => ({
          towardId: s.towardId,
          towardName: s.towardName,
          value: s.value,
          ours: s.ours,
          source: s.source,
          since: date(s.since),
        })),
        stanceTowardUs: meanOurStance(stances),
        relationships: relationships.map((r, i) => ({
          user: { id: users[i]!.id, name: users[i]!.name, role: named(vocabulary.UserRole, users[i]!.role) },
          stage: stageName(r.stage),
          owns: r.owns,
        })),
        ourStage: stageName(relationships[0]?.stage),
        owner: owner ? { id: owner.id, name: owner.name, role: named(vocabulary.UserRole, owner.role) } : null,
      },
    };
  },
};

/** What every balance-of-power question reads: the ranking with explanations and the coalitions. */
const POWER_PANEL = /* GraphQL */ `
  fragment PowerPanel on BalanceOfPower {
    asOf peopleInScope modularity
    ranking {
      rank score person { id name title category }
      explanation { factor value weight contribution evidence { description value ids } }
    }
    coalitions { power lean leaning }
  }`;

/** The power panel a KAM reads: top of the ranking with explanations, coalitions, what may change. */
export const BALANCE_OF_POWER: Question = {
  name: 'balanceOfPower',
  document: /* GraphQL */ `
    query BenchBalanceOfPower($territoryId: ID!, $first: Int) {
      balanceOfPower(scope: { territoryId: $territoryId }, first: $first) {
        ...PowerPanel
        whatMayChange {
          endingTerms { person { id name } kind role at atId until }
          newTies { from { id name } to { id name } strength basis domain since until }
        }
      }
    }
    ${POWER_PANEL}`,
  raw: (ctx, v) => powerAnswer(ctx, v, true),
};

/** The power panel built without GraphQL; `withChanges` adds the what-may-change lists. */
async function powerAnswer(ctx: GraphContext, v: Vars, withChanges: boolean) {
  const scope = v.everywhere === true ? { everywhere: true } : { territoryId: str(v, 'territoryId') };
  const args = { scope, first: num(v, 'first') };
  await assertMaySeeScope(ctx, scope);
  const answer = await balanceOfPower(ctx, args);
  const people = (ids: string[]) => Promise.all(ids.map((id) => loadExisting(ctx.loaders.person, id, 'person')));
  // Without the lists, GraphQL resolves no person of theirs: neither does raw.
  // The lists' default `first` (50), as the WhatMayChange resolvers apply it.
  const endingTerms = withChanges ? answer.whatMayChange.endingTerms.slice(0, 50) : [];
  const newTies = withChanges ? answer.whatMayChange.newTies.slice(0, 50) : [];
  const [ranked, ending, from, to] = await Promise.all([
    people(answer.ranking.map((r) => r.personId)),
    people(endingTerms.map((t) => t.personId)),
    people(newTies.map((t) => t.from)),
    people(newTies.map((t) => t.to)),
  ]);
  const power = {
    asOf: date(answer.asOf),
    peopleInScope: answer.peopleInScope,
    modularity: answer.modularity,
    ranking: answer.ranking.map((r, i) => ({
      rank: r.rank,
      score: r.score,
      person: { id: ranked[i]!.id, name: ranked[i]!.name, title: ranked[i]!.title, category: named(vocabulary.PersonCategory, ranked[i]!.category) },
      explanation: r.explanation.map((f) => ({
        factor: named(vocabulary.PowerFactor, f.factor),
        value: f.value,
        weight: f.weight,
        contribution: f.contribution,
        evidence: f.evidence.map((e) => ({ description: renderMessage(e.message), value: e.value, ids: e.ids })),
      })),
    })),
    coalitions: answer.coalitions.map((c) => ({ power: c.power, lean: c.lean, leaning: named(vocabulary.CoalitionLeaning, leaningOf(c.lean)) })),
  };
  if (!withChanges) return { balanceOfPower: v.everywhere === true ? { ...power, computedAt: answer.computedAt, upToDate: answer.upToDate } : power };
  return {
    balanceOfPower: {
      ...power,
      whatMayChange: {
        endingTerms: endingTerms.map((t, i) => ({
          person: personRef(ending[i]!),
          kind: named(vocabulary.RoleKind, t.kind),
          role: t.role,
          at: t.at,
          atId: t.atId,
          until: date(t.until),
        })),
        newTies: newTies.map((t, i) => ({
          from: personRef(from[i]!),
          to: personRef(to[i]!),
          strength: t.strength,
          basis: named(vocabulary.InfluenceBasis, t.basis),
          domain: t.domain,
          since: date(t.since),
          until: date(t.until),
        })),
      },
    },
  };
}

/** The same question without the what-may-change lists: the ranking and coalitions only. */
export const BALANCE_OF_POWER_RANKING: Question = {
  name: 'balanceOfPowerRanking',
  document: /* GraphQL */ `
    query BenchBalanceOfPowerRanking($territoryId: ID!, $first: Int) {
      balanceOfPower(scope: { territoryId: $territoryId }, first: $first) {
        ...PowerPanel
      }
    }
    ${POWER_PANEL}`,
  raw: (ctx, v) => powerAnswer(ctx, v, false),
};

/**
 * A strategist ranking the whole country: every person in the graph (scope everywhere),
 * with when it was computed and whether it is up to date (it is kept up to date in the
 * background after writes).
 */
export const BALANCE_OF_POWER_EVERYWHERE: Question = {
  name: 'balanceOfPowerEverywhere',
  document: /* GraphQL */ `
    query BenchBalanceOfPowerEverywhere($everywhere: Boolean!, $first: Int) {
      balanceOfPower(scope: { everywhere: $everywhere }, first: $first) {
        ...PowerPanel
        computedAt upToDate
      }
    }
    ${POWER_PANEL}`,
  raw: async (ctx, v) => powerAnswer(ctx, v, false),
};

export const SPEC_SHAPERS: Question = {
  name: 'specShapers',
  document: /* GraphQL */ `
    query BenchSpecShapers($tenderId: ID!, $maxHops: Int, $first: Int) {
      specShapers(tenderId: $tenderId, maxHops: $maxHops, first: $first) {
        score hops pathStrength drafterRole stance ourStage
        person { id name } path { id name } drafter { id name } ourContact { id name }
      }
    }`,
  async raw(ctx, v) {
    const tenderId = str(v, 'tenderId');
    await ctx.access.assertVisible([tenderId], 'tenderId');
    const shapers = await specShapers(ctx, { tenderId, maxHops: num(v, 'maxHops'), first: num(v, 'first') });
    const { loaders } = ctx;
    const rows = await Promise.all(
      shapers.map(async (s) => {
        const [person, path, drafter, stances, relationships] = await Promise.all([
          loadExisting(loaders.person, s.personId, 'person'),
          loadAll(loaders.person, s.pathIds),
          loadExisting(loaders.person, s.drafterId, 'person'),
          loaders.stances.load(s.personId),
          loaders.relationships.load(s.personId),
        ]);
        const best = relationships[0];
        const contact = best && best.stage !== null ? await loadOptional(loaders.user, best.userId) : null;
        return {
          score: s.score,
          hops: s.hops,
          pathStrength: s.pathStrength,
          drafterRole: s.drafterRole,
          stance: meanOurStance(stances),
          ourStage: stageName(best?.stage),
          person: personRef(person),
          path: path.map(personRef),
          drafter: personRef(drafter),
          ourContact: userRef(contact),
        };
      }),
    );
    return { specShapers: rows };
  },
};

export const INTRODUCTION_PATHS: Question = {
  name: 'introductionPaths',
  document: /* GraphQL */ `
    query BenchIntroductionPaths($fromId: ID!, $toId: ID!, $maxHops: Int, $first: Int) {
      introductionPaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: $first) {
        strength tieTypes viaUser { id name } introducer { id name } people { id name }
      }
    }`,
  async raw(ctx, v) {
    const paths = await introductionPaths(ctx, {
      fromId: str(v, 'fromId'),
      toId: str(v, 'toId'),
      maxHops: num(v, 'maxHops'),
      first: num(v, 'first'),
    });
    const { loaders } = ctx;
    const rows = await Promise.all(
      paths.map(async (path) => {
        const ids = path.personIds;
        const [via, introducer, people] = await Promise.all([
          loadOptional(loaders.user, path.viaUserId),
          loadOptional(loaders.person, ids.length >= 2 ? ids[ids.length - 2] : null),
          loadAll(loaders.person, ids),
        ]);
        return {
          strength: path.strength,
          tieTypes: path.tieTypes,
          viaUser: userRef(via),
          introducer: introducer ? personRef(introducer) : null,
          people: people.map(personRef),
        };
      }),
    );
    return { introductionPaths: rows };
  },
};

export const DECISION_GROUP: Question = {
  name: 'decisionGroup',
  document: /* GraphQL */ `
    query BenchDecisionGroup($tenderId: ID!) {
      decisionGroup(tenderId: $tenderId) {
        tender { id name } asOf coverage uncoveredRoles
        roles {
          role covered bestStage weighs advice
          members { person { id name } stage contact { id name } owners { id name } }
        }
      }
    }`,
  async raw(ctx, v) {
    const tenderId = str(v, 'tenderId');
    await ctx.access.assertVisible([tenderId], 'tenderId');
    const group = await decisionGroup(ctx, { tenderId });
    const { loaders } = ctx;
    const [tender, roles] = await Promise.all([
      loadExisting(loaders.tender, group.tenderId, 'tender'),
      Promise.all(
        group.roles.map(async (role) => ({
          role: named(vocabulary.DecisionRole, role.role),
          covered: role.covered,
          bestStage: stageName(role.bestStage),
          weighs: role.weighs,
          advice: role.advice,
          members: await Promise.all(
            role.members.map(async (m) => {
              const [person, contact, owners] = await Promise.all([
                loadExisting(loaders.person, m.personId, 'person'),
                loadOptional(loaders.user, m.contactUserId),
                loadAll(loaders.user, m.ownerIds),
              ]);
              return { person: personRef(person), stage: stageName(m.stage), contact: userRef(contact), owners: owners.map((o) => userRef(o)) };
            }),
          ),
        })),
      ),
    ]);
    return {
      decisionGroup: {
        tender: { id: tender.id, name: tender.name },
        asOf: date(group.asOf),
        coverage: group.coverage,
        uncoveredRoles: group.uncoveredRoles,
        roles,
      },
    };
  },
};

/** What the influence map loads: nodes with power, coalition, stance and stage; the ties. */
export const GRAPH_VIEW: Question = {
  name: 'graphView',
  document: /* GraphQL */ `
    query BenchGraphView($territoryId: ID!, $limit: Int) {
      graphView(scope: { territoryId: $territoryId }, limit: $limit) {
        asOf peopleInScope truncated
        nodes { id label name kind power rank coalition optedOut stance stage }
        edges { id source target type strength }
        coalitions { power lean leaning }
      }
    }`,
  async raw(ctx, v) {
    const args = { scope: { territoryId: str(v, 'territoryId') }, limit: num(v, 'limit') };
    await assertMaySeeScope(ctx, args.scope);
    const view = await graphView(ctx, args);
    const { loaders } = ctx;
    const nodes = await Promise.all(
      view.nodes.map(async (n) => {
        const person = n.label === 'Person';
        const [stances, relationships] = person ? await Promise.all([loaders.stances.load(n.id), loaders.relationships.load(n.id)]) : [[], []];
        return {
          id: n.id,
          label: n.label,
          name: n.name,
          kind: n.kind,
          power: n.power,
          rank: n.rank,
          coalition: n.coalition,
          optedOut: n.optedOut,
          stance: person ? meanOurStance(stances) : null,
          stage: person ? stageName(relationships[0]?.stage) : null,
        };
      }),
    );
    return {
      graphView: {
        asOf: date(view.asOf),
        peopleInScope: view.peopleInScope,
        truncated: view.truncated,
        nodes,
        edges: view.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, strength: e.strength })),
        coalitions: view.coalitions.map((c) => ({ power: c.power, lean: c.lean, leaning: named(vocabulary.CoalitionLeaning, leaningOf(c.lean)) })),
      },
    };
  },
};

export const QUESTIONS: Record<QuestionName, Question> = {
  personDetail: PERSON_DETAIL,
  balanceOfPower: BALANCE_OF_POWER,
  balanceOfPowerRanking: BALANCE_OF_POWER_RANKING,
  balanceOfPowerEverywhere: BALANCE_OF_POWER_EVERYWHERE,
  specShapers: SPEC_SHAPERS,
  introductionPaths: INTRODUCTION_PATHS,
  decisionGroup: DECISION_GROUP,
  graphView: GRAPH_VIEW,
};

export const SET_TIE = /* GraphQL */ `
  mutation BenchSetTie($input: TieInput!) {
    setTie(input: $input) { ok errors { field message } }
  }`;
