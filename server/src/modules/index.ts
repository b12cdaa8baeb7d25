/**
 * The modules that make up the API, each with its own SDL (schema.graphql) and resolvers.
 * A new capability becomes a folder here and one line below (docs/adding-a-question.md).
 */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import * as vocabulary from '../__generated__/vocabulary.js';
import { DateScalar } from '../kernel/graphql/date-scalar.js';
import { resolvers as accounts } from './accounts/resolvers.js';
import { auditedMutations } from './audit/audited-mutations.js';
import { resolvers as audit } from './audit/resolvers.js';
import { resolvers as catalog } from './catalog/resolvers.js';
import { resolvers as changes } from './changes/resolvers.js';
import { resolvers as competitors } from './competitors/resolvers.js';
import { resolvers as country } from './country/resolvers.js';
import { resolvers as evidence } from './evidence/resolvers.js';
import { resolvers as graph } from './graph/resolvers.js';
import { resolvers as institutions } from './institutions/resolvers.js';
import { resolvers as introductions } from './introductions/resolvers.js';
import { resolvers as map } from './map/resolvers.js';
import { resolvers as people } from './people/resolvers.js';
import { resolvers as planning } from './planning/resolvers.js';
import { resolvers as power } from './power/resolvers.js';
import { resolvers as privacy } from './privacy/resolvers.js';
import { resolvers as tenders } from './tenders/resolvers.js';
import { resolvers as territories } from './territories/resolvers.js';
import { resolvers as users } from './users/resolvers.js';

const MODULES: Record<string, Resolvers> = {
  graph,
  people,
  users,
  territories,
  institutions,
  tenders,
  catalog,
  power,
  competitors,
  map,
  introductions,
  planning,
  accounts,
  privacy,
  audit,
  evidence,
  changes,
  country,
};

/**
 * Every module's resolvers in one map. Types such as Query, Mutation and Person are
 * extended by several modules; a field resolved by two modules is a mistake, refused here.
 */
export function mergeResolvers(modules: Record<string, Resolvers>): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  const owner = new Map<string, string>();
  for (const [name, resolvers] of Object.entries(modules)) {
    for (const [type, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        const key = `${type}.${field}`;
        if (owner.has(key)) throw new Error(`${key} is resolved by both the ${owner.get(key)} and the ${name} module.`);
        owner.set(key, name);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

const merged = mergeResolvers(MODULES);

export const resolvers: Resolvers = {
  ...merged,
  // Every enum value maps to the word stored in the graph (generated from the SDL).
  ...vocabulary,
  Date: DateScalar,
  // Who did what, when, and how it ended: every mutation is audited (modules/audit).
  Mutation: auditedMutations(merged.Mutation ?? {}),
};
