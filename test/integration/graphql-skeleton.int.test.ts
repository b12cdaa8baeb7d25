import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { graphql } from './gql/index.js';
import { useTestApi } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/import-small');

const TERRITORIES = graphql(`query SkeletonTerritories { territories { id name peopleCount institutionCount } }`);
const PERSON = graphql(`
  query SkeletonPerson($id: ID!) {
    person(id: $id) { id name title category positions { title head since until institution { id kind } } territories { name } }
  }
`);
const VERSION = graphql(`query SkeletonGraphVersion { graphVersion }`);

describe('GraphQL skeleton over HTTP', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const prefix = uniquePrefix('gql');
  const territoryName = `Valley ${prefix}`;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-gql-'));
    for (const file of ['nodes.csv', 'ties.csv']) {
      const text = readFileSync(path.join(FIXTURE, file), 'utf8').replaceAll('fx-', `${prefix}-`).replaceAll('Fixture Valley', territoryName);
      writeFileSync(path.join(dir, file), text);
    }
    await importFolder(testDb(driver), dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists territories with people counted directly and through their workplace', async () => {
    const { data, errors } = await api.query(TERRITORIES);
    expect(errors).toBeUndefined();
    const territory = data!.territories.find((t) => t.name === territoryName);
    // Carla is LOCATED_IN directly and works at the hospital; Ana and Bruno through the hospital.
    expect(territory).toEqual({ id: `territory-valley-${prefix}`, name: territoryName, peopleCount: 3, institutionCount: 2 });
  });

  it('answers person(id) with positions and territories', async () => {
    const { data, errors } = await api.query(PERSON, { id: `${prefix}-ana` });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      person: {
        id: `${prefix}-ana`,
        name: 'Ana Ribeiro',
        title: 'Prof.',
        category: 'KOL',
        positions: [{ title: 'Head of Endocrinology', head: false, since: '2015-03-01', until: null, institution: { id: `${prefix}-hospital`, kind: 'HOSPITAL' } }],
        territories: [{ name: territoryName }],
      },
    });
  });

  it('returns null for an unknown person', async () => {
    const missing = await api.query(PERSON, { id: 'no-such-person' });
    expect(missing).toEqual({ data: { person: null } });
  });

  it('bumps graphVersion on every write', async () => {
    const before = await api.query(VERSION);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-gql-'));
    writeFileSync(path.join(dir, 'nodes.csv'), `id,type,name\n${prefix}-extra,Person,Extra Person\n`);
    await importFolder(testDb(driver), dir);
    rmSync(dir, { recursive: true, force: true });
    const after = await api.query(VERSION);
    expect(after.data!.graphVersion).toBeGreaterThan(before.data!.graphVersion);
  });
});
