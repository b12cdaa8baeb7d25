import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import { TEST_ADMIN, TEST_SECRET, TEST_TODAY, useTestApi } from './support/api.js';
import { useTestDriver } from './support/database.js';

// Raw requests: these tests send what no GraphQL client would (broken JSON, oversized
// bodies, malformed URLs) and look at the HTTP answer itself.

/** Anything that betrays the server's insides: a stack frame, a source file, an absolute path. */
const LEAK = /\bat .+\(.*:\d+:\d+\)|\.(ts|js|mjs|cjs):\d+|\/work\/|\/home\/|\/usr\/|node_modules|<pre>|<html/i;

describe('errors outside GraphQL, in development and production', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const servers: KamgraphServer[] = [];
  const urls: Record<'development' | 'production', string> = { development: '', production: '' };
  let token = '';

  beforeAll(async () => {
    token = await api.token(TEST_ADMIN);
    // A built web app, so that static files and client-side routes are served too.
    const webDist = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-web-'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>KAMgraph</title>');
    const previous = process.env.NODE_ENV;
    for (const env of ['development', 'production'] as const) {
      // Express picks its error pages by NODE_ENV when the app is made.
      process.env.NODE_ENV = env;
      const server = await createServer({ db: api.db, logger: createLogger('silent'), authSecret: TEST_SECRET, introspection: env === 'development', webDist, clock: fixedClock(TEST_TODAY) });
      servers.push(server);
      urls[env] = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    }
    process.env.NODE_ENV = previous;
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  for (const env of ['development', 'production'] as const) {
    describe(env, () => {
      const post = (body: string) =>
        fetch(`${urls[env]}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });

      it('answers a body that is not JSON with a GraphQL-shaped 400', async () => {
        const response = await post('{"query": "{ graphVersion }"');
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/json/);
        const text = await response.text();
        expect(text).not.toMatch(LEAK);
        expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_REQUEST' } }] });
      });

      it('answers a body over 1 MB with a GraphQL-shaped 413', async () => {
        const response = await post(JSON.stringify({ query: '{ graphVersion }', variables: { padding: 'x'.repeat(1_100_000) } }));
        expect(response.status).toBe(413);
        const text = await response.text();
        expect(text).not.toMatch(LEAK);
        expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.stringMatching(/larger than 1mb/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      });

      it('leaks no stack or path on any route: malformed URLs, unknown routes and methods, bad GraphQL', async () => {
        const answers = await Promise.all([
          fetch(`${urls[env]}/%E0%A4%A`),
          fetch(`${urls[env]}/assets/%E0%A4%A.js`),
          fetch(`${urls[env]}/nothing-here`, { method: 'POST' }),
          fetch(`${urls[env]}/graphql`, { method: 'PUT' }),
          fetch(`${urls[env]}/health`, { method: 'DELETE' }),
          post(JSON.stringify({ query: '{ nope' })),
          post('[1, 2'),
          fetch(`${urls[env]}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ graphVersion }"}' }),
        ]);
        for (const response of answers) {
          const text = await response.text();
          expect(text, `${response.url} ${response.status}`).not.toMatch(LEAK);
          expect(response.status, text).toBeLessThan(500);
        }
        // Malformed paths load the app shell (client-side routes); Apollo answers a PUT as a bad request.
        expect(answers.map((r) => r.status)).toEqual([200, 200, 404, 400, 404, 400, 400, 401]);
      });
    });
  }
});

describe('per-user rate limits', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  let server: KamgraphServer;
  let url = '';
  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: 'test-limited'}) ON CREATE SET u.name = 'Busy Script', u.role = 'admin'`, {}, { database: 'neo4j' });
    server = await createServer({ db: api.db, logger: createLogger('silent'), authSecret: TEST_SECRET, webDist: '/nonexistent', clock: fixedClock(TEST_TODAY), rateLimit: { points: 3, durationSeconds: 60 } });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  });
  afterAll(() => server.stop());

  const ask = async (userId: string) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.token(userId)}` }, body: JSON.stringify({ query: '{ graphVersion }' }) });

  it('answers 429 with Retry-After once a user passes the limit, and only that user', async () => {
    for (let i = 0; i < 3; i += 1) expect((await ask('test-limited')).status).toBe(200);
    const refused = await ask('test-limited');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ errors: [{ message: expect.stringMatching(/Too many requests/), extensions: { code: 'RATE_LIMITED' } }] });
    // Another user is not starved by the busy script.
    expect((await ask(TEST_ADMIN)).status).toBe(200);
  });
});
