/**
 * Where GraphQL's share of a request goes, in-process (no HTTP): the same operation
 * executed by Apollo Server with its default plugins, by Apollo with its cache-control
 * plugin disabled (as createServer() builds it), and by graphql-js alone, against the raw answer.
 * Apollo's cache-control plugin wraps every field resolver to compute cache hints, which
 * the API never uses; this probe keeps measuring what turning it off saves. A last column
 * runs the same document compiled by graphql-jit, as the server runs queries
 * (server/src/compiled-executor.ts), against graphql-js's per-field execution.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { loadViewer } from '../../server/src/kernel/auth/access.js';
import { AnalyticsCache } from '../../server/src/kernel/cache/analytics-cache.js';
import { createContext } from '../../server/src/context.js';
import { systemClock } from '../../server/src/kernel/clock.js';
import type { DbClient } from '../../server/src/kernel/database/db-client.js';
import { resolvers } from '../../server/src/modules/index.js';
import { loadTypeDefs } from '../../server/src/kernel/graphql/load-schema.js';
import { summarise } from './load-client.js';
import { round } from './measure.js';
import { QUESTIONS, type QuestionName } from './questions.js';

export interface OverheadRow {
  question: string;
  raw_ms: number;
  apolloDefault_ms: number;
  apolloNoCacheControl_ms: number;
  graphqlJs_ms: number;
  graphqlJit_ms: number;
  /** Apollo (default) / raw and Apollo without cache control / raw. */
  ratioDefault: number;
  ratioNoCacheControl: number;
}

type Mode = 'raw' | 'apolloDefault' | 'apolloNoCacheControl' | 'graphqlJs' | 'graphqlJit';

export async function graphqlOverhead(db: DbClient, cases: Array<{ label: string; question: QuestionName; variables: Record<string, unknown> }>, iterations: number): Promise<OverheadRow[]> {
  const typeDefs = loadTypeDefs();
  const withDefaults = new ApolloServer({ typeDefs, resolvers: resolvers as never });
  const withoutCacheControl = new ApolloServer({ typeDefs, resolvers: resolvers as never, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await withDefaults.start();
  await withoutCacheControl.start();
  const schema = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
  const cache = AnalyticsCache.forDatabase(db);
  const viewer = await loadViewer(db, 'user-admin', systemClock.today());
  if (!viewer) throw new Error('user-admin is missing');
  const rows: OverheadRow[] = [];
  try {
    for (const c of cases) {
      const question = QUESTIONS[c.question];
      const document = parse(question.document);
      const compiled = compileQuery(schema, document);
      if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit could not compile ${c.question}: ${JSON.stringify(compiled.errors)}`);
      const times: Record<Mode, number[]> = { raw: [], apolloDefault: [], apolloNoCacheControl: [], graphqlJs: [], graphqlJit: [] };
      for (let i = 0; i < iterations + 3; i += 1) {
        for (const mode of Object.keys(times) as Mode[]) {
          const ctx = createContext(db, viewer, { analyticsCache: cache });
          const started = performance.now();
          let answer: unknown;
          if (mode === 'raw') answer = await question.raw(ctx, c.variables);
          else if (mode === 'graphqlJs') answer = await execute({ schema, document, variableValues: c.variables, contextValue: ctx });
          else if (mode === 'graphqlJit') answer = await compiled.query(undefined, ctx, c.variables);
          else {
            const server = mode === 'apolloDefault' ? withDefaults : withoutCacheControl;
            answer = await server.executeOperation({ query: question.document, variables: c.variables }, { contextValue: ctx as never });
          }
          const json = JSON.stringify(answer);
          if (i === 0 && mode === 'graphqlJit') {
            const reference = JSON.stringify(await execute({ schema, document, variableValues: c.variables, contextValue: createContext(db, viewer, { analyticsCache: cache }) }));
            if (json !== reference) throw new Error(`graphql-jit answered ${c.question} differently from graphql-js`);
          }
          if (i >= 3) times[mode].push(performance.now() - started);
        }
      }
      const p50 = (mode: Mode) => summarise(times[mode]).p50;
      rows.push({
        question: c.label,
        raw_ms: round(p50('raw')),
        apolloDefault_ms: round(p50('apolloDefault')),
        apolloNoCacheControl_ms: round(p50('apolloNoCacheControl')),
        graphqlJs_ms: round(p50('graphqlJs')),
        graphqlJit_ms: round(p50('graphqlJit')),
        ratioDefault: round(p50('apolloDefault') / p50('raw'), 3),
        ratioNoCacheControl: round(p50('apolloNoCacheControl') / p50('raw'), 3),
      });
    }
  } finally {
    await withDefaults.stop();
    await withoutCacheControl.stop();
  }
  return rows;
}
