// The e2e tier runs the real app exactly as `npm start` wires it (embedded Neo4j, schema,
// demo seed, API and the built web app) on free ports with a throw-away data folder, once
// for the whole run. Tests drive Debian's Chromium against it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { ensureWebBuilt } from '../../server/src/cli/build-web.js';
import { loadConfig } from '../../server/src/kernel/config.js';
import { findFreePort } from '../../server/src/kernel/database/embedded-neo4j.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { main, type Running } from '../../server/src/main.js';
import { OIDC_AUDIENCE, OIDC_ROLE_CLAIM, OIDC_SCOPES, OIDC_WEB_CLIENT, startTestOidcProvider, type TestAccount, type TestOidcProvider } from '../integration/support/oidc-provider.js';

/** Signs the tests' tokens; at least 32 characters like any AUTH_SECRET. */
const SECRET = 'e2e-secret-for-kamgraph-browser-tests-only';

let running: Running | undefined;
let idp: TestOidcProvider | undefined;
/** The company identity provider's people; filled once the demo (and its users' e-mails) exists. */
const accounts: Record<string, TestAccount> = {};
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  ensureWebBuilt(() => undefined);
  const built = Date.now();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-e2e-'));
  const port = await findFreePort();
  // A real OpenID Connect provider beside the app: the web app signs in through it.
  idp = await startTestOidcProvider({ accounts, redirectUris: [`http://127.0.0.1:${port}/auth/callback`] });
  const config = loadConfig({
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: OIDC_WEB_CLIENT,
    OIDC_AUDIENCE: OIDC_AUDIENCE,
    OIDC_ROLE_CLAIM: OIDC_ROLE_CLAIM,
    OIDC_SCOPES: OIDC_SCOPES,
    PORT: String(port),
    NEO4J_BOLT_PORT: String(await findFreePort()),
    NEO4J_DATA: dataDir,
    NEO4J_HEAP: '1g',
    NEO4J_PAGECACHE: '256m',
    DEMO_PEOPLE: '300',
    LOG_LEVEL: 'silent',
    AUTH_SECRET: SECRET,
  });
  running = await main(config, createLogger('silent'));
  // "maria" at the identity provider is the demo's KAM by e-mail: her first sign-in links to that user.
  const { records } = await running.database.driver.executeQuery("MATCH (u:User {id: 'user-kam'}) RETURN u.email AS email, u.name AS name", {}, { database: running.database.database });
  accounts.maria = { email: records[0]!.get('email') as string, name: records[0]!.get('name') as string, role: 'kam' };
  project.provide('e2eBaseUrl', running.url);
  project.provide('e2eToken', await issueToken(SECRET, 'user-kam', '2h'));
  project.provide('e2eStrategistToken', await issueToken(SECRET, 'user-strategist', '2h'));
  project.provide('e2eAdminToken', await issueToken(SECRET, 'user-admin', '2h'));
  project.provide('e2eManagerToken', await issueToken(SECRET, 'user-manager', '2h'));
  process.stdout.write(`e2e: web build ${built - started} ms, app with seeded demo up in ${Date.now() - built} ms at ${running.url}\n`);
}

export async function teardown(): Promise<void> {
  await running?.shutdown();
  await idp?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eToken: string;
    e2eStrategistToken: string;
    e2eAdminToken: string;
    e2eManagerToken: string;
  }
}
