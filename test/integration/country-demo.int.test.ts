// The demo country of each pack as its users see it: a KAM their own region only, a manager
// their team's regions, a strategist the whole country (the `everywhere` scope). The demo's
// users (user-kam, user-manager...) have the same ids in every pack, so this file seeds into a
// Neo4j of its own instead of the run's shared one, one country after the other.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/kernel/database/connect.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/kernel/database/embedded-neo4j.js';
import { countryPack } from '../../server/src/modules/country/pack.js';
import { applySchema } from '../../server/src/modules/graph/apply-schema.js';
import { seedDemo } from '../../server/src/modules/import-export/seed-demo.js';
import { graphql } from './gql/index.js';
import { TEST_TODAY, useTestApi } from './support/api.js';

const TERRITORIES = graphql(`query DemoCountryTerritories { territories { id name peopleCount } }`);
const ME = graphql(`query DemoCountryMe { me { user { id role } seesAllTerritories territories { id } } }`);
const POWER = graphql(`query DemoCountryPower($scope: ScopeInput!) { balanceOfPower(scope: $scope) { peopleInScope } }`);
const TENDERS = graphql(`query DemoCountryTenders($t: ID) { tenders(territoryId: $t, first: 100) { id procedure currency issuer { id } } }`);
const INSTITUTIONS = graphql(`query DemoCountryAgency($id: ID!) { institution(id: $id) { id kind } }`);

const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;

let neo4j: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;
const own = { driver: undefined as ReturnType<typeof createDriver> | undefined };

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-country-demo-'));
  neo4j = await startEmbeddedNeo4j({ dataDir, port: await findFreePort(), heap: '1g', pageCache: '128m', log: () => undefined });
  own.driver = createDriver(neo4j.uri);
  await applySchema(own.driver, 'neo4j');
}, 240_000);

afterAll(async () => {
  await own.driver?.close();
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A driver that exists once beforeAll ran: useTestApi reads it in its own beforeAll. */
const lazyDriver = new Proxy({} as ReturnType<typeof createDriver>, { get: (_t, key) => Reflect.get(own.driver!, key, own.driver) });

for (const country of ['pt', 'br'] as const) {
  describe(`the ${country} demo country by role`, () => {
    const pack = countryPack(country);
    const api = useTestApi(lazyDriver, { countryPack: pack });
    let regions: { id: string; name: string; peopleCount: number }[] = [];
    const nation = `territory-${country}`;
    /** The home region: the pack's first (Norte, territory-north, in Portugal; São Paulo, territory-sp, in Brazil). */
    const home = `territory-${pack.demo.regions[0]!.slug}`;

    beforeAll(async () => {
      // One country at a time: the other pack's demo has the same ids.
      await own.driver!.executeQuery('MATCH (n) WHERE NOT n.id = $admin DETACH DELETE n', { admin: 'test-admin' }, { database: 'neo4j' });
      await seedDemo(new DbClient(own.driver!, 'neo4j'), { people: 300, today: TEST_TODAY, country: pack });
      const all = await api.query(TERRITORIES);
      regions = all.data!.territories.filter((t) => t.id !== nation);
    }, 180_000);

    it('has three regions of the country under its national territory, 300 people among them', async () => {
      expect(regions.map((r) => r.name).sort()).toEqual(pack.demo.regions.slice(0, 3).map((r) => r.name).sort());
      const everyone = await api.query(POWER, { scope: { everywhere: true } });
      expect(everyone.data!.balanceOfPower.peopleInScope).toBe(300);
      // The national level: the medicines agency, with no region of its own.
      const agency = pack.demo.national.find((n) => n.kind === 'medicines_agency')!;
      expect((await api.query(INSTITUTIONS, { id: agency.id })).data!.institution).toEqual({ id: agency.id, kind: 'MEDICINES_AGENCY' });
      // Tenders follow the country's procedures and currency.
      const tenders = (await api.query(TENDERS, {})).data!.tenders;
      expect(tenders.length).toBeGreaterThan(0);
      const procedures = new Set(pack.vocabularies.tenderProcedure.map((v) => v.value.toUpperCase()));
      for (const t of tenders) {
        expect(procedures.has(t.procedure!), t.id).toBe(true);
        expect(t.currency).toBe(pack.currency);
      }
    });

    it('a KAM sees their own region only', async () => {
      const me = await api.query(ME, {}, { as: 'user-kam' });
      expect(me.data!.me).toMatchObject({ user: { id: 'user-kam', role: 'KAM' }, seesAllTerritories: false, territories: [{ id: home }] });
      const seen = await api.query(TERRITORIES, {}, { as: 'user-kam' });
      expect(seen.data!.territories.map((t) => t.id)).toEqual([home]);
      const own = await api.query(POWER, { scope: { territoryId: home } }, { as: 'user-kam' });
      expect(own.data!.balanceOfPower.peopleInScope).toBeGreaterThan(50);
      for (const other of regions.filter((r) => r.id !== home)) {
        expect(code(await api.query(POWER, { scope: { territoryId: other.id } }, { as: 'user-kam' })), other.id).toBe('FORBIDDEN');
      }
      expect(code(await api.query(POWER, { scope: { everywhere: true } }, { as: 'user-kam' }))).toBe('FORBIDDEN');
    });

    it('a manager sees their team’s two regions', async () => {
      const seen = await api.query(TERRITORIES, {}, { as: 'user-manager' });
      const ids = seen.data!.territories.map((t) => t.id);
      expect(ids).toHaveLength(2);
      expect(ids).toContain(home);
      for (const id of ids) expect((await api.query(POWER, { scope: { territoryId: id } }, { as: 'user-manager' })).errors, id).toBeUndefined();
      const third = regions.find((r) => !ids.includes(r.id))!;
      expect(code(await api.query(POWER, { scope: { territoryId: third.id } }, { as: 'user-manager' }))).toBe('FORBIDDEN');
      expect(code(await api.query(POWER, { scope: { everywhere: true } }, { as: 'user-manager' }))).toBe('FORBIDDEN');
    });

    it('a strategist sees the whole country, the everywhere scope included', async () => {
      const me = await api.query(ME, {}, { as: 'user-strategist' });
      expect(me.data!.me.seesAllTerritories).toBe(true);
      const seen = await api.query(TERRITORIES, {}, { as: 'user-strategist' });
      expect(seen.data!.territories.map((t) => t.id).sort()).toEqual([nation, ...regions.map((r) => r.id)].sort());
      for (const r of regions) expect((await api.query(POWER, { scope: { territoryId: r.id } }, { as: 'user-strategist' })).errors, r.id).toBeUndefined();
      const everyone = await api.query(POWER, { scope: { everywhere: true } }, { as: 'user-strategist' });
      expect(everyone.data!.balanceOfPower.peopleInScope).toBe(300);
    });
  });
}
