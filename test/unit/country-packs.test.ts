import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../server/src/demo/generate-demo.js';
import { countryPack, COUNTRY_PACK_DIR, loadCountryPackFile } from '../../server/src/modules/country/pack.js';
import { packRefusalMessage } from '../../server/src/modules/country/vocabulary.js';
import { renderMessage } from '../../server/src/kernel/i18n/catalogue.js';

/** The pack's refusal as a reader in `locale` reads it (null: accepted). */
function packRefusal(...args: Parameters<typeof packRefusalMessage>): string | null {
  const refusal = packRefusalMessage(...args);
  return refusal && renderMessage(refusal, args[4]);
}
import { readFileSync } from 'node:fs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-packs-'));
function broken(name: string, change: (pack: Record<string, any>) => void): string {
  const pack = JSON.parse(readFileSync(path.join(COUNTRY_PACK_DIR, 'pt.json'), 'utf8'));
  change(pack);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(pack));
  return file;
}

describe('country packs', () => {
  it('loads the shipped packs', () => {
    expect(countryPack('pt')).toMatchObject({ code: 'pt', currency: 'EUR', language: 'pt-PT' });
    expect(countryPack('br')).toMatchObject({ code: 'br', currency: 'BRL', language: 'pt-BR' });
    expect(countryPack('generic').vocabularies.institutionKind.map((v) => v.value)).toContain('insurance_fund');
  });

  it('refuses a broken pack with the file and the field', () => {
    const badKind = broken('bad-kind.json', (p) => { p.vocabularies.institutionKind[0].value = 'hospitl'; });
    expect(() => loadCountryPackFile(badKind)).toThrow(/bad-kind\.json.*\n.*vocabularies\.institutionKind\[0\]\.value: "hospitl" is not an institution kind/);
    const unlisted = broken('unlisted.json', (p) => { p.demo.tenders.procedures[1] = 'electronic_reverse_auction'; });
    expect(() => loadCountryPackFile(unlisted)).toThrow(/demo\.tenders\.procedures\[1\]: "electronic_reverse_auction" is not in vocabularies\.tenderProcedure/);
    const currency = broken('currency.json', (p) => { p.currency = 'euro'; });
    expect(() => loadCountryPackFile(currency)).toThrow(/currency: an ISO 4217 code/);
    const file = path.join(dir, 'not-json.json');
    writeFileSync(file, '{ "code": "pt", }');
    expect(() => loadCountryPackFile(file)).toThrow(/not-json\.json: is not valid JSON: .*position/);
  });

  it('says which words a country does not use', () => {
    expect(packRefusal(countryPack('pt'), 'Institution', 'kind', 'insurance_fund', 'en', (_, v) => v.toUpperCase()))
      .toMatch(/^INSURANCE_FUND is not used in the Portugal country pack \(COUNTRY_PACK=pt\); it accepts LOCAL_HEALTH_UNIT, /);
    // In the reader's language, the country named in it.
    expect(packRefusal(countryPack('br'), 'Tender', 'procedure', 'direct_award', 'pt-PT'))
      .toMatch(/^direct_award não se usa no pacote de país Brasil \(COUNTRY_PACK=br\); são aceites: electronic_reverse_auction, /);
    expect(packRefusal(countryPack('pt'), 'Tender', 'procedure', 'price_registration', 'pt-BR')).toMatch(/^price_registration não se usa no pacote de país Portugal .*; são aceitos: open_tender, /);
    expect(packRefusal(countryPack('br'), 'Tender', 'procedure', 'electronic_reverse_auction')).toBeNull();
    expect(packRefusal(countryPack('pt'), 'Tender', 'procedure', 'electronic_reverse_auction')).toMatch(/not used in the Portugal country pack/);
    expect(packRefusal(countryPack('pt'), 'Person', 'category', 'anything')).toBeNull();
  });

  for (const code of ['pt', 'br'] as const) {
    it(`seeds a ${code} country: several regions, a national level, the pack's words only`, () => {
      const pack = countryPack(code);
      const demo = generateDemo({ country: pack });
      const regions = demo.nodes.filter((n) => n.type === 'Territory' && n.props.level === 'region');
      expect(regions.length).toBeGreaterThanOrEqual(3);
      const nation = demo.nodes.find((n) => n.type === 'Territory' && n.props.level === 'country')!;
      expect(demo.ties.filter((t) => t.type === 'PART_OF' && t.to === nation.id)).toHaveLength(regions.length);
      expect(demo.nodes.some((n) => n.type === 'Institution' && n.props.kind === 'medicines_agency')).toBe(true);
      for (const node of demo.nodes) {
        for (const [property, value] of Object.entries(node.props)) expect(packRefusal(pack, node.type, property, value), `${node.id}.${property}`).toBeNull();
      }
      const tenders = demo.nodes.filter((n) => n.type === 'Tender');
      expect(tenders.every((t) => t.props.currency === pack.currency)).toBe(true);
      // A manager per two regions: user-manager's team works in the first two only.
      const teamOf = (manager: string) => demo.ties.filter((t) => t.type === 'REPORTS_TO' && t.to === manager).map((t) => t.from);
      const regionsOf = (users: string[]) => new Set(demo.ties.filter((t) => t.type === 'LOCATED_IN' && users.includes(t.from)).map((t) => t.to));
      expect(regionsOf(teamOf('user-manager')).size).toBe(2);
      expect(regionsOf(['user-kam']).size).toBe(1);
    });
  }

  it('names every value in each language the app speaks, the country\'s own words in its language', () => {
    expect(countryPack('pt').vocabularies.tenderProcedure.find((v) => v.value === 'direct_award')?.names).toEqual({ en: 'Direct award', 'pt-PT': 'Ajuste direto', 'pt-BR': 'Ajuste direto' });
    expect(countryPack('br').vocabularies.tenderProcedure.find((v) => v.value === 'electronic_reverse_auction')?.names['pt-BR']).toBe('Pregão eletrônico');
    expect(countryPack('generic').vocabularies.institutionKind.find((v) => v.value === 'insurance_fund')?.names['pt-PT']).toBe('Subsistema de saúde');
    const missing = broken('missing-locale.json', (p) => { delete p.vocabularies.tenderStatus[2].names['pt-BR']; });
    expect(() => loadCountryPackFile(missing)).toThrow(/vocabularies\.tenderStatus\[2\]\.names\.pt-BR: /);
  });

  for (const code of ['pt', 'br'] as const) {
    it(`${code}: the same seed and day give the same country; another seed or day another`, () => {
      const country = countryPack(code);
      const a = generateDemo({ country, seed: 7, today: '2026-11-27' });
      expect(generateDemo({ country, seed: 7, today: '2026-11-27' })).toEqual(a);
      expect(generateDemo({ country, seed: 8, today: '2026-11-27' })).not.toEqual(a);
      expect(generateDemo({ country, seed: 7, today: '2027-01-15' })).not.toEqual(a);
    });

    it(`${code}: --people scales the country: exactly that many people, more regions, the pack's words only`, () => {
      const pack = countryPack(code);
      const demo = generateDemo({ country: pack, people: 10_000 });
      expect(demo.nodes.filter((n) => n.type === 'Person')).toHaveLength(10_000);
      const regions = demo.nodes.filter((n) => n.type === 'Territory' && n.props.level === 'region');
      expect(regions.length).toBeGreaterThan(3);
      expect(new Set(regions.map((r) => r.name)).size).toBe(regions.length);
      for (const node of demo.nodes) {
        for (const [property, value] of Object.entries(node.props)) expect(packRefusal(pack, node.type, property, value), `${node.id}.${property}`).toBeNull();
      }
    });
  }

  it('the generic pack keeps the one-region structure at 300 people', () => {
    const demo = generateDemo({ country: countryPack('generic') });
    expect(demo.nodes.filter((n) => n.type === 'Territory').map((n) => n.name)).toEqual(['Northern Region']);
    expect(demo.nodes.find((n) => n.id === 'insurance-north')?.props.kind).toBe('insurance_fund');
  });
});
