import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { createRequire } from 'node:module';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

// graphql-js as Apollo, graphql-tools and graphql-jit load it (CommonJS). Under Vite's
// resolution (the tests) a plain import is graphql's ESM build: another realm, whose
// execute refuses a schema built by graphql-tools.
const { execute, GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * Runs queries compiled by graphql-jit instead of graphql-js's per-field interpreter.
 * On large answers graphql-js costs about as much again as building the answer (a
 * 500-person map: 34 ms against 19 ms raw; graphql-jit 19 ms; README, Performance), which
 * is most of what the GraphQL layer adds. Mutations, introspection and documents that do
 * not compile run on graphql-js.
 *
 * Apollo Server takes another executor only through its gateway interface; parsing,
 * validation (graphql-armor's rules included), plugins and error formatting stay Apollo's.
 */
export function compiledExecutionGateway(schema: GraphQLSchema, maxCompiled = 500): GatewayInterface {
  // Keyed by document: Apollo parses a repeated query string once and hands the same node.
  const compiled = new LRUCache<DocumentNode, { byOperation: Map<string, CompiledQuery | null> }>({ max: maxCompiled });
  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let entry = compiled.get(document);
    if (!entry) {
      entry = { byOperation: new Map() };
      compiled.set(document, entry);
    }
    const key = operationName ?? '';
    if (!entry.byOperation.has(key)) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      entry.byOperation.set(key, isCompiledQuery(result) ? result : null);
    }
    return entry.byOperation.get(key) ?? null;
  };
  const executor: GatewayExecutor = async (request) => {
    const variables = request.request.variables ?? {};
    // `__schema` or `__type(...)`, not the `__typename` every client adds.
    const plain = request.operation.operation !== 'query' || /__schema\b|__type\b/.test(request.source);
    const query = plain ? null : compiledFor(request.document, request.operationName);
    const interpreted = async () =>
      (await execute({ schema, document: request.document, contextValue: request.context, variableValues: variables, operationName: request.operationName })) as ExecutionResult<
        Record<string, unknown>
      >;
    if (!query) return interpreted();
    const result = (await query.query(undefined, request.context, variables)) as ExecutionResult<Record<string, unknown>>;
    // No `data` at all: the variables did not coerce, and nothing ran. graphql-js's own
    // errors for that are what Apollo reports as BAD_USER_INPUT with status 400
    // (graphql-jit's would be masked as internal).
    if (!('data' in result)) return interpreted();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit builds some errors itself (a non-null field resolved to null, say) without
 * the `extensions` graphql-js always sets, and Apollo's error formatting fails on them:
 * rebuilt as graphql-js reports them, with the same message, path and locations.
 */
function asGraphQLError(error: import('graphql').GraphQLError): import('graphql').GraphQLError {
  const found = error as Partial<import('graphql').GraphQLError> & { message: string };
  if (error instanceof GraphQLError && found.extensions) return error;
  const rebuilt = new GraphQLError(found.message, {
    ...(found.path ? { path: found.path } : {}),
    ...(found.originalError ? { originalError: found.originalError } : {}),
    ...(found.extensions ? { extensions: found.extensions } : {}),
  });
  if (found.locations) Object.defineProperty(rebuilt, 'locations', { value: found.locations, enumerable: true });
  return rebuilt;
}
