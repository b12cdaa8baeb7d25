import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcVerifier } from '../../server/src/kernel/auth/oidc.js';
import { issueToken } from '../../server/src/kernel/auth/tokens.js';
import { fixedClock } from '../../server/src/kernel/clock.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { createServer, type KamgraphServer } from '../../server/src/server.js';
import { graphql } from './gql/index.js';
import { postGraphQL, TEST_ADMIN, TEST_SECRET, TEST_TODAY } from './support/api.js';
import { DATABASE, uniquePrefix, useTestDriver } from './support/database.js';
import { OIDC_AUDIENCE, OIDC_ROLE_CLAIM, OIDC_SCOPES, OIDC_WEB_CLIENT, startTestOidcProvider, type TestOidcProvider } from './support/oidc-provider.js';

const ME = graphql(`query OidcMe { me { user { id name role email } } }`);
const SET_ROLE = graphql(`
  mutation OidcSetRole($u: ID!, $role: UserRole!) { setUserRole(userId: $u, role: $role) { ok errors { field message } user { id role } } }
`);
const USERS = graphql(`query OidcUsers($s: String) { users(filter: { search: $s }) { nodes { id name } } }`);

describe('sign-in with the company identity provider (OIDC access tokens)', () => {
  const driver = useTestDriver();
  const p = uniquePrefix('oidc');
  const accounts = {
    [`${p}-ana`]: { email: `ana.${p}@acme.test`, name: 'Ana Sousa', role: 'kam' },
    [`${p}-bob`]: { email: `bob.${p}@acme.test`, name: 'Bob Lima' },
    [`${p}-carla`]: { email: `Carla.${p}@acme.test`, name: 'Carla Reis' },
    [`${p}-dora`]: { email: `dora.${p}@acme.test`, name: 'Dora Melo', role: 'kam' },
  };
  let idp: TestOidcProvider;
  let elsewhere: TestOidcProvider;
  let server: KamgraphServer;
  let url = '';
  const me = async (token: string) => postGraphQL(url, token, ME);

  beforeAll(async () => {
    idp = await startTestOidcProvider({ accounts, shortLived: [`${p}-dora`] });
    // Another company's provider: same accounts, same audience, its own issuer and keys.
    elsewhere = await startTestOidcProvider({ accounts });
    const oidc = new OidcVerifier({
      issuer: idp.issuer,
      clientId: OIDC_WEB_CLIENT,
      audience: OIDC_AUDIENCE,
      roleClaim: OIDC_ROLE_CLAIM,
      scopes: OIDC_SCOPES,
      // The test rotates keys back to back; production keeps jose's 30 s guard.
      jwksCooldownMs: 0,
    });
    server = await createServer({ db: new DbClient(driver, DATABASE), logger: createLogger('silent'), authSecret: TEST_SECRET, oidc, webDist: '/nonexistent', clock: fixedClock(TEST_TODAY) });
    url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
    await driver.executeQuery(
      `MERGE (a:Entity:User {id: $admin}) ON CREATE SET a.name = 'Test Admin', a.role = 'admin'
       CREATE (:Entity:User {id: $carla, name: 'Carla Reis', role: 'manager', email: $email})`,
      { admin: TEST_ADMIN, carla: `${p}-existing-carla`, email: `carla.${p}@acme.test` },
      { database: DATABASE },
    );
  });
  afterAll(async () => {
    await server?.stop();
    await idp?.close();
    await elsewhere?.close();
  });

  it('tells the web app how to start a sign-in', async () => {
    expect(await (await fetch(`${url}/auth/config`)).json()).toEqual({ enabled: true, issuer: idp.issuer, clientId: OIDC_WEB_CLIENT, scopes: OIDC_SCOPES, audience: OIDC_AUDIENCE });
  });

  it('provisions a new user with the role from the configured claim, once', async () => {
    const token = await idp.token(`${p}-ana`);
    const first = await me(token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.me.user).toMatchObject({ name: 'Ana Sousa', role: 'KAM', email: `ana.${p}@acme.test` });
    const again = await me(await idp.token(`${p}-ana`));
    expect(again.data!.me.user.id).toBe(first.data!.me.user.id);
    const { records } = await driver.executeQuery('MATCH (u:User {email: $email}) RETURN count(u) AS n', { email: `ana.${p}@acme.test` }, { database: DATABASE });
    expect(records[0]!.get('n')).toBe(1);
  });

  it('finds an existing user by e-mail (any case) and keeps the role an admin gave', async () => {
    const body = await me(await idp.token(`${p}-carla`));
    expect(body.errors).toBeUndefined();
    expect(body.data!.me.user).toMatchObject({ id: `${p}-existing-carla`, role: 'MANAGER' });
  });

  it('lets a new user without a role claim in only once an admin gives one', async () => {
    const refused = await me(await idp.token(`${p}-bob`));
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toMatch(new RegExp(`signed in as bob\\.${p}@acme\\.test, but KAMgraph has no role for you yet: ask an admin`));
    // The admin finds the provisioned user in the staff directory and gives the role.
    const admin = await issueToken(TEST_SECRET, TEST_ADMIN);
    const bob = (await postGraphQL(url, admin, USERS, { s: 'Bob Lima' })).data!.users.nodes.find((u) => u.name === 'Bob Lima');
    expect(bob).toBeDefined();
    // Only an admin gives roles; an admin cannot drop their own.
    const byBob = await postGraphQL(url, await idp.token(`${p}-ana`), SET_ROLE, { u: bob!.id, role: 'ADMIN' });
    expect(byBob.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const self = await postGraphQL(url, admin, SET_ROLE, { u: TEST_ADMIN, role: 'KAM' });
    expect(self.data!.setUserRole).toMatchObject({ ok: false, errors: [{ field: 'role' }] });
    const nobody = await postGraphQL(url, admin, SET_ROLE, { u: `${p}-nobody`, role: 'KAM' });
    expect(nobody.data!.setUserRole.errors[0]).toMatchObject({ field: 'userId', message: `no user with id "${p}-nobody"` });
    const given = await postGraphQL(url, admin, SET_ROLE, { u: bob!.id, role: 'STRATEGIST' });
    expect(given.data!.setUserRole).toEqual({ ok: true, errors: [], user: { id: bob!.id, role: 'STRATEGIST' } });
    const admitted = await me(await idp.token(`${p}-bob`));
    expect(admitted.data!.me.user).toMatchObject({ name: 'Bob Lima', role: 'STRATEGIST' });
  });

  it('keeps CLI tokens working beside the identity provider', async () => {
    const body = await me(await issueToken(TEST_SECRET, TEST_ADMIN));
    expect(body.data!.me.user.id).toBe(TEST_ADMIN);
  });

  it('refuses an expired token', async () => {
    const token = await idp.token(`${p}-dora`);
    expect((await me(token)).data!.me.user.name).toBe('Dora Melo');
    // This client's tokens live one second (the provider decides): wait until it has passed.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const body = await me(token);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/Sign in first: your sign-in has expired; sign in again\.$/);
  });

  it('refuses a token from another issuer, and one for another audience', async () => {
    for (const token of [await elsewhere.token(`${p}-ana`), await idp.token(`${p}-ana`, 'https://other.test/api')]) {
      const body = await me(token);
      expect(body.data).toBeFalsy();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0]?.message).toMatch(/Sign in first: the token is not valid for this server\.$/);
    }
  });

  it('honours a key rotation without a restart: the new key is fetched, the withdrawn one refused', async () => {
    const before = await idp.token(`${p}-ana`);
    expect((await me(before)).errors).toBeUndefined();
    await idp.rotateKeys();
    const after = await idp.token(`${p}-ana`);
    expect((await me(after)).data!.me.user.name).toBe('Ana Sousa');
    expect((await me(before)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
