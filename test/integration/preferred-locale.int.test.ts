import { beforeAll, describe, expect, it } from 'vitest';
import { exportFolder } from '../../server/src/modules/import-export/export-folder.js';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { graphql } from './gql/index.js';
import { useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { testDb, uniquePrefix, useTestDriver } from './support/database.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ME = graphql(`query PreferredMe { me { locale preferredLocale } }`);
const SET = graphql(`
  mutation PreferredSet($locale: Locale) {
    setPreferredLocale(locale: $locale) { ok errors { field message } viewer { preferredLocale locale } }
  }
`);
const ADMIN_ONLY = graphql(`mutation PreferredAdminOnly($id: ID!) { setUserRole(userId: $id, role: KAM) { ok } }`);

/**
 * The language a user chose in the app is kept in their profile: the web opens in it, and a
 * request that names none of our languages is answered in it. A header or `@locale` that
 * names one still wins.
 */
describe('the language a user chose', () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('lang');
  const kam = { as: `${p}-kam` };
  const strategist = { as: `${p}-strat` };

  beforeAll(async () => {
    await importFolder(
      testDb(driver),
      writeCsvFolder(
        [
          { id: `${p}-kam`, type: 'User', name: 'Kim Kam', role: 'kam' },
          { id: `${p}-strat`, type: 'User', name: 'Sara Strat', role: 'strategist' },
        ],
        [],
      ),
    );
  });

  it('is none at first: the request’s language, else English', async () => {
    expect((await api.query(ME, {}, kam)).data!.me).toEqual({ locale: 'EN', preferredLocale: null });
    expect((await api.query(ME, {}, { ...kam, acceptLanguage: 'pt-PT' })).data!.me).toEqual({ locale: 'PT_PT', preferredLocale: null });
  });

  it('is kept for the user who chose it and answers requests that name none of ours', async () => {
    const set = await api.query(SET, { locale: 'PT_BR' }, kam);
    expect(set.data!.setPreferredLocale).toEqual({ ok: true, errors: [], viewer: { preferredLocale: 'PT_BR', locale: 'EN' } });
    expect((await api.query(ME, {}, kam)).data!.me).toEqual({ locale: 'PT_BR', preferredLocale: 'PT_BR' });
    expect((await api.query(ME, {}, { ...kam, acceptLanguage: 'de, fr;q=0.5' })).data!.me.locale).toBe('PT_BR');
    // Errors too come in it.
    const refused = await api.query(ADMIN_ONLY, { id: `${p}-strat` }, kam);
    expect(refused.errors?.[0]?.message).toMatch(/^Só os administradores podem atribuir papéis/);
    // A request that names a language of ours is answered in that one.
    expect((await api.query(ME, {}, { ...kam, acceptLanguage: 'en-GB' })).data!.me).toEqual({ locale: 'EN', preferredLocale: 'PT_BR' });
    // Another user's choice is their own.
    expect((await api.query(ME, {}, strategist)).data!.me.preferredLocale).toBeNull();
  });

  it('may be chosen by a strategist (no graph edit) and forgotten with null', async () => {
    expect((await api.query(SET, { locale: 'PT_PT' }, strategist)).data!.setPreferredLocale.ok).toBe(true);
    expect((await api.query(ME, {}, strategist)).data!.me).toEqual({ locale: 'PT_PT', preferredLocale: 'PT_PT' });
    // The request that forgets it was still read in it; the next one is not.
    expect((await api.query(SET, { locale: null }, strategist)).data!.setPreferredLocale.viewer).toEqual({ preferredLocale: null, locale: 'PT_PT' });
    expect((await api.query(ME, {}, strategist)).data!.me).toEqual({ locale: 'EN', preferredLocale: null });
  });

  it('refuses a language the API does not speak, naming the argument', async () => {
    const bad = await api.query('mutation { setPreferredLocale(locale: FR) { ok } }', {}, kam);
    expect(bad.errors?.[0]?.message).toMatch(/FR/);
    expect((await api.query(ME, {}, kam)).data!.me.preferredLocale).toBe('PT_BR');
  });

  it('goes out with an export and comes back with an import', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-lang-'));
    try {
      await exportFolder(testDb(driver), out);
      const row = readFileSync(path.join(out, 'nodes.csv'), 'utf8').split('\n').find((line) => line.startsWith(`${p}-kam,`));
      expect(row).toContain('pt-BR');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
