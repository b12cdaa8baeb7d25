import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryPack } from '../../server/src/modules/country/pack.js';
import { seedDemo } from '../../server/src/modules/import-export/seed-demo.js';
import { graphql } from './gql/index.js';
import { TEST_TODAY, useTestApi } from './support/api.js';
import { DATABASE, testDb, useTestDriver } from './support/database.js';

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
const TERRITORIES = graphql(`query ReadmeTerritories { territories { id name peopleCount } }`);
const examples = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

/**
 * The README's GraphQL examples run against the demo territory, so the docs stay true. They are
 * read from the README at run time, so they are sent as strings: codegen cannot see them.
 */
describe('README GraphQL examples on the demo territory', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);

  beforeAll(async () => {
    // Seeded on the day the test server believes it is, as `npm start` seeds on its own day.
    await seedDemo(testDb(driver), { people: 300, today: TEST_TODAY });
  }, 120_000);

  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  for (const [index, example] of examples.entries()) {
    const title = example.split('\n').find((l) => /\w+\(/.test(l))?.trim().slice(0, 60) ?? `example ${index + 1}`;
    it(`runs: ${title}`, async () => {
      const { data, errors } = await api.query(example);
      expect(errors).toBeUndefined();
      const json = JSON.stringify(data);
      expect(json).not.toMatch(/"ok":false/);
      expect(json).not.toMatch(/:\[\]\}?$/);
      for (const value of Object.values(data ?? {})) {
        expect(value === null || (Array.isArray(value) && value.length === 0)).toBe(false);
      }
    });
  }

  it('serves the demo territory', async () => {
    const { data } = await api.query(TERRITORIES);
    // Portugal by default: three health regions share the 300 people, Norte (territory-north) first.
    // (Competitors' field staff work at the company itself, whose head office is in the home region.)
    expect(data!.territories).toContainEqual({ id: 'territory-north', name: 'Norte', peopleCount: expect.any(Number) });
    expect(data!.territories.find((t) => t.id === 'territory-north')!.peopleCount).toBeGreaterThanOrEqual(100);
    // Other test files leave their own territories in the shared database: count the demo's regions.
    const demoRegions = countryPack('pt').demo.regions.map((r) => `territory-${r.slug}`);
    expect(data!.territories.filter((t) => demoRegions.includes(t.id)).length).toBe(3);
  });
});
