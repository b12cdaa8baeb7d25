import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, addMonths } from '../../server/src/kernel/dates.js';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { RETENTION_USER, runRetention } from '../../server/src/modules/privacy/retention.js';
import { graphql } from './gql/index.js';
import { TEST_TODAY, useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const PROTECTION = graphql(`
  mutation RetentionProtection($p: ID!, $input: DataProtectionInput!) {
    setDataProtection(personId: $p, input: $input) {
      ok errors { field message }
      person { dataProtection { lawfulBasis noticeOn noticeMethod retentionMonths effectiveRetentionMonths retainUntil } }
    }
  }
`);
const PERSON = graphql(`
  query RetentionPerson($p: ID!) { person(id: $p) { name dossier { family } dataProtection { lawfulBasis retentionMonths retainUntil } } }
`);
const AUDIT = graphql(`query RetentionAudit($t: ID!) { auditLog(targetId: $t) { userId action detail } }`);

/**
 * Two people with dossier data: `old` was last met and written about long ago with a short
 * retention period; `recent` was met last week. Only `old`'s dossier data goes.
 */
describe('lawful basis, notice and retention', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('ret');
  const id = (s: string) => `${p}-${s}`;
  const oldNote = `old note ${p}`;

  beforeAll(async () => {
    await importFolder(
      testDb(driver),
      writeCsvFolder(
        [
          { id: id('T'), type: 'Territory', name: `Retention Land ${p}` },
          { id: id('old'), type: 'Person', name: `Olga Old ${p}`, lawfulBasis: 'legitimate_interest', noticeOn: '2023-01-10', noticeMethod: 'letter', retentionMonths: 12 },
          { id: id('recent'), type: 'Person', name: `Rui Recent ${p}`, retentionMonths: 12 },
          { id: id('d-old'), type: 'Dossier', name: 'Dossier', family: `old family ${p}`, recordedOn: '2023-02-01' },
          { id: id('d-recent'), type: 'Dossier', name: 'Dossier', family: `recent family ${p}`, recordedOn: addDays(TEST_TODAY, -7) },
          { id: id('i-old'), type: 'Interaction', name: 'Visit on 2023-03-01', kind: 'visit', date: '2023-03-01', notes: oldNote, outcome: 'positive' },
          { id: id('i-recent'), type: 'Interaction', name: 'Visit', kind: 'visit', date: addDays(TEST_TODAY, -7), notes: `recent note ${p}` },
        ],
        [
          { from: id('old'), to: id('T'), type: 'LOCATED_IN' },
          { from: id('recent'), to: id('T'), type: 'LOCATED_IN' },
          { from: id('old'), to: id('d-old'), type: 'HAS_DOSSIER' },
          { from: id('recent'), to: id('d-recent'), type: 'HAS_DOSSIER' },
          { from: id('old'), to: id('i-old'), type: 'PARTICIPATED_IN' },
          { from: id('recent'), to: id('i-recent'), type: 'PARTICIPATED_IN' },
        ],
      ),
    );
  });

  it('records the lawful basis, notice and retention, and refuses bad input naming the field without writing', async () => {
    const refused = await Promise.all([
      api.query(PROTECTION, { p: id('recent'), input: { lawfulBasis: 'CONSENT' } }),
      api.query(PROTECTION, { p: id('recent'), input: { lawfulBasis: 'LEGITIMATE_INTEREST', retentionMonths: 0 } }),
      api.query(PROTECTION, { p: id('recent'), input: { lawfulBasis: 'CONSENT', noticeOn: addDays(TEST_TODAY, 1), noticeMethod: 'EMAIL' } }),
    ]);
    expect(refused.map((r) => r.data!.setDataProtection.errors.map((e) => e.field))).toEqual([['input.noticeOn'], ['input.retentionMonths'], ['input.noticeOn']]);
    expect(refused.every((r) => r.data!.setDataProtection.ok === false)).toBe(true);
    expect((await api.query(PERSON, { p: id('recent') })).data!.person!.dataProtection).toEqual({ lawfulBasis: null, retentionMonths: 12, retainUntil: addMonths(addDays(TEST_TODAY, -7), 12) });

    const set = await api.query(PROTECTION, { p: id('recent'), input: { lawfulBasis: 'CONSENT', noticeOn: addDays(TEST_TODAY, -7), noticeMethod: 'EMAIL', retentionMonths: 24 } });
    expect(set.data!.setDataProtection).toMatchObject({
      ok: true,
      person: { dataProtection: { lawfulBasis: 'CONSENT', noticeOn: addDays(TEST_TODAY, -7), noticeMethod: 'EMAIL', retentionMonths: 24, effectiveRetentionMonths: 24 } },
    });
  });

  it('lists in a dry run, then erases only dossier data past retention, audited, leaving the person', async () => {
    const dry = await runRetention(testDb(driver), { today: TEST_TODAY, dryRun: true });
    const mine = (items: Array<{ personId: string }>) => items.map((i) => i.personId).filter((pid) => pid.startsWith(p));
    expect(mine(dry.items)).toEqual([id('old')]);
    expect(dry.items.find((i) => i.personId === id('old'))).toEqual({ personId: id('old'), endedOn: '2024-03-01', lawfulBasis: 'legitimate_interest' });
    // A dry run changes nothing.
    expect((await api.query(PERSON, { p: id('old') })).data!.person!.dossier).toEqual({ family: `old family ${p}` });

    const run = await runRetention(testDb(driver), { today: TEST_TODAY, dryRun: false });
    expect(mine(run.items)).toEqual([id('old')]);
    const old = (await api.query(PERSON, { p: id('old') })).data!.person!;
    expect(old).toEqual({ name: `Olga Old ${p}`, dossier: null, dataProtection: { lawfulBasis: 'LEGITIMATE_INTEREST', retentionMonths: 12, retainUntil: null } });
    const notes = await driver.executeQuery('MATCH (i:Interaction {id: $id}) RETURN i.notes AS notes, i.outcome AS outcome', { id: id('i-old') }, { database: DATABASE });
    expect(notes.records[0]!.toObject()).toEqual({ notes: null, outcome: null });
    expect((await api.query(PERSON, { p: id('recent') })).data!.person!.dossier).toEqual({ family: `recent family ${p}` });
    const audit = (await api.query(AUDIT, { t: id('old') })).data!.auditLog;
    expect(audit).toContainEqual({ userId: RETENTION_USER, action: 'retention.erase', detail: expect.stringMatching(/^retention ended on 2024-03-01; erased: privacy 1, planning 1/) });
    // Nothing left to do: a second run erases nobody of ours.
    expect(mine((await runRetention(testDb(driver), { today: TEST_TODAY, dryRun: true })).items)).toEqual([]);
  });

  it('npm run retention -- --dry-run lists what would go and changes nothing', async () => {
    await importFolder(
      testDb(driver),
      writeCsvFolder(
        [
          { id: id('cli'), type: 'Person', name: `Cli Person ${p}`, retentionMonths: 1 },
          { id: id('d-cli'), type: 'Dossier', name: 'Dossier', family: `cli family ${p}`, recordedOn: '2020-01-01' },
        ],
        [{ from: id('cli'), to: id('d-cli'), type: 'HAS_DOSSIER' }],
      ),
    );
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/src/cli/retention.ts'), '--dry-run'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LC_ALL: 'C', NODE_ENV: 'development', NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: 'unused', LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/dry run, nothing erased/);
    expect(stdout).toContain(`${id('cli')}  retention ended 2020-02-01 (no lawful basis recorded)`);
    expect((await api.query(PERSON, { p: id('cli') })).data!.person!.dossier).toEqual({ family: `cli family ${p}` });
  });
});
