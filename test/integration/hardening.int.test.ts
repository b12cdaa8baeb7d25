import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/kernel/logger.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import { TEST_SECRET, TEST_TODAY, useTestApi } from './support/api.js';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { useTestDriver } from './support/database.js';

// Raw requests and string documents, not codegen's typed documents: these tests send what a
// client built from the schema never would (broken syntax, oversized or batched bodies, GETs,
// fields that do not exist) and look at the HTTP answer itself.
describe('a hardened GraphQL endpoint', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  let token = '';
  beforeAll(async () => {
    token = await api.token('test-admin');
  });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body });

  it('passes every MUST of the GraphQL over HTTP audits (authenticated)', async () => {
    const authedFetch = (input: RequestInfo | URL, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers).entries()), authorization: `Bearer ${token}` } });
    const results: Array<{ name: string; status: string; reason?: string }> = [];
    for (const audit of serverAudits({ url: `${api.url}/graphql`, fetchFn: authedFetch })) {
      const result = await audit.fn();
      results.push({ name: audit.name, status: result.status, ...('reason' in result ? { reason: result.reason } : {}) });
    }
    const mustFailures = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(mustFailures, JSON.stringify(mustFailures, null, 1)).toEqual([]);
    const others = results.filter((r) => !r.name.startsWith('MUST') && r.status !== 'ok').map((r) => r.name);
    // Each of these is listed, with its reason, in the README's security section.
    expect(others.sort(), JSON.stringify(results.filter((r) => !r.name.startsWith("MUST") && r.status !== "ok"), null, 1)).toEqual(DOCUMENTED_SHOULD_MAY_GAPS.sort());
  });

  it('limits depth, aliases and tokens, and rejects them as client errors', async () => {
    // The schema has no cycle deep enough for a valid query to pass 12 levels, so probe the
    // rule with nested fields: the depth limit reports alongside validation.
    const nested = `{ ${'person(id: "x") { '.repeat(1)}${'territories { '.repeat(14)}id${' }'.repeat(15)} }`;
    const depth = (await (await post(JSON.stringify({ query: nested }))).json()) as { errors: Array<{ message: string }> };
    expect(depth.errors.map((e) => e.message).join('\n')).toMatch(/depth/i);

    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: graphVersion`).join(' ');
    const aliasResponse = (await (await post(JSON.stringify({ query: `{ ${aliases} }` }))).json()) as { errors: Array<{ message: string }> };
    expect(aliasResponse.errors[0]!.message).toMatch(/aliases/i);

    const flood = `{ ${Array.from({ length: 6000 }, () => 'graphVersion').join(' ')} }`;
    const tokens = await post(JSON.stringify({ query: flood }));
    expect(tokens.status).toBe(400);
    expect(JSON.stringify(await tokens.json())).toMatch(/token/i);

    const bad = await post(JSON.stringify({ query: '{ territories { id ' }));
    expect(bad.status).toBe(400);
  });

  it('rejects bodies far below Apollo’s 50 MB, batched requests and CSRF-able requests', async () => {
    const huge = await post(JSON.stringify({ query: '{ graphVersion }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(huge.status).toBe(413);
    const batch = await post(JSON.stringify([{ query: '{ graphVersion }' }, { query: '{ graphVersion }' }]));
    expect(batch.status).toBe(400);
    const simple = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ graphVersion }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
  });

  it('masks internal errors: no stack traces, Cypher or driver text reach the client', async () => {
    const response = await post(JSON.stringify({ query: '{ balanceOfPower(scope: { territoryId: "x", committeeId: "y" }) { peopleInScope } }' }));
    const text = await response.text();
    expect(text).toMatch(/BAD_USER_INPUT/);
    expect(text).not.toMatch(/stacktrace|\.ts:\d+|MATCH \(|Neo4jError/);
  });

  describe('in production settings', () => {
    let server: KamgraphServer;
    let url = '';
    beforeAll(async () => {
      server = await createServer({ db: api.db, logger: createLogger('silent'), authSecret: TEST_SECRET, introspection: false, webDist: '/nonexistent', clock: fixedClock(TEST_TODAY) });
      url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    });
    afterAll(() => server.stop());

    it('turns introspection and field suggestions off', async () => {
      const ask = async (query: string) =>
        (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) })).json()) as {
          errors?: Array<{ message: string }>;
        };
      expect((await ask('{ __schema { types { name } } }')).errors?.[0]?.message).toMatch(/introspection/i);
      expect(JSON.stringify(await ask('{ territorie { id } }'))).not.toMatch(/Did you mean/);
    });
  });
});

/** SHOULD/MAY audits the server does not meet; the README explains each. */
export const DOCUMENTED_SHOULD_MAY_GAPS: string[] = [
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];
