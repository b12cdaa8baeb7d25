import { describe, expect, it } from 'vitest';
import { countryPack, type CountryPackCode } from '../../server/src/modules/country/pack.js';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { ImportRejected } from '../../server/src/modules/import-export/import-issues.js';
import { renderMessage } from '../../server/src/kernel/i18n/catalogue.js';
import { graphql } from './gql/index.js';
import { useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const INSTITUTION = graphql(`
  mutation CountryInstitution($id: ID!, $kind: InstitutionKind!) {
    upsertInstitution(input: { id: $id, name: "Some institution", kind: $kind }) { ok errors { field message } institution { id kind } }
  }
`);
const COMMITTEE = graphql(`
  mutation CountryCommittee($id: ID!, $kind: String!) {
    upsertCommittee(input: { id: $id, name: "Some committee", kind: $kind }) { ok errors { field message } committee { id kind } }
  }
`);
const TENDER = graphql(`
  mutation CountryTender($id: ID!, $procedure: TenderProcedure, $status: TenderStatus) {
    upsertTender(input: { id: $id, name: "Some tender", date: "2027-03-01", value: 100000, procedure: $procedure, status: $status }) {
      ok errors { field message } tender { id procedure status currency }
    }
  }
`);
const PACK = graphql(`
  query CountryPackWords($kind: VocabularyKind) {
    countryPack {
      code currency language
      name { label local en }
      healthSystem { medicinesAgency { label local } }
      vocabularies(kind: $kind) { kind values { value label local en pt: label(locale: PT_PT) br: label(locale: PT_BR) } }
    }
  }
`);

/** What each pack uses, and a word of the same list it does not (the API's spelling). */
const CASES: Record<CountryPackCode, { kind: [string, string]; committee: [string, string]; procedure: [string, string]; currency: string }> = {
  pt: { kind: ['LOCAL_HEALTH_UNIT', 'STATE_HEALTH_SECRETARIAT'], committee: ['pharmacy_therapeutics', 'bidding_commission'], procedure: ['FRAMEWORK_CALL_OFF', 'ELECTRONIC_REVERSE_AUCTION'], currency: 'EUR' },
  br: { kind: ['STATE_HEALTH_SECRETARIAT', 'LOCAL_HEALTH_UNIT'], committee: ['bipartite_commission', 'tender_jury'], procedure: ['ELECTRONIC_REVERSE_AUCTION', 'DIRECT_AWARD'], currency: 'BRL' },
  generic: { kind: ['INSURANCE_FUND', 'MEDICINES_AGENCY'], committee: ['formulary', 'pharmacy_therapeutics'], procedure: ['OPEN_TENDER', 'PRICE_REGISTRATION'], currency: 'EUR' },
};

for (const code of ['pt', 'br', 'generic'] as const) {
  describe(`the ${code} country pack's words`, () => {
    const driver = useTestDriver();
    const pack = countryPack(code);
    const api = useTestApi(driver, { countryPack: pack });
    const c = CASES[code];
    const p = uniquePrefix(`cty-${code}`);

    async function exists(id: string): Promise<boolean> {
      const { records } = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id }, { database: DATABASE });
      return Number(records[0]!.get('n')) > 0;
    }

    it('the API accepts the kinds, committees and procedures the country uses', async () => {
      const inst = await api.query(INSTITUTION, { id: `${p}-inst`, kind: c.kind[0] as never });
      expect(inst.data!.upsertInstitution).toMatchObject({ ok: true, errors: [], institution: { kind: c.kind[0] } });
      const committee = await api.query(COMMITTEE, { id: `${p}-com`, kind: c.committee[0] });
      expect(committee.data!.upsertCommittee).toMatchObject({ ok: true, committee: { kind: c.committee[0] } });
      const tender = await api.query(TENDER, { id: `${p}-ten`, procedure: c.procedure[0] as never, status: 'ANNOUNCED' as never });
      // A new tender takes the country's currency.
      expect(tender.data!.upsertTender).toMatchObject({ ok: true, tender: { procedure: c.procedure[0], status: 'ANNOUNCED', currency: c.currency } });
    });

    it('the API refuses what the country does not use, naming the field and why, and writes nothing', async () => {
      const inst = await api.query(INSTITUTION, { id: `${p}-bad-inst`, kind: c.kind[1] as never });
      expect(inst.data!.upsertInstitution.ok).toBe(false);
      expect(inst.data!.upsertInstitution.errors).toEqual([
        { field: 'input.kind', message: expect.stringMatching(new RegExp(`^${c.kind[1]} is not used in the ${pack.name.en} country pack \\(COUNTRY_PACK=${code}\\); it accepts .*${c.kind[0]}`)) },
      ]);
      const committee = await api.query(COMMITTEE, { id: `${p}-bad-com`, kind: c.committee[1] });
      expect(committee.data!.upsertCommittee.errors).toEqual([{ field: 'input.kind', message: expect.stringContaining(`${c.committee[1]} is not used`) }]);
      const tender = await api.query(TENDER, { id: `${p}-bad-ten`, procedure: c.procedure[1] as never });
      expect(tender.data!.upsertTender.errors).toEqual([{ field: 'input.procedure', message: expect.stringContaining(`${c.procedure[1]} is not used`) }]);
      for (const id of [`${p}-bad-inst`, `${p}-bad-com`, `${p}-bad-ten`]) expect(await exists(id), id).toBe(false);
    });

    it('words the refusal in the request’s language', async () => {
      const pt = await api.query(INSTITUTION, { id: `${p}-bad-pt`, kind: c.kind[1] as never }, { acceptLanguage: 'pt-PT' });
      expect(pt.data!.upsertInstitution.errors[0]!.message).toMatch(new RegExp(`^${c.kind[1]} não se usa no pacote de país ${pack.name['pt-PT']} .*; são aceites: `));
      const br = await api.query(INSTITUTION, { id: `${p}-bad-br`, kind: c.kind[1] as never }, { acceptLanguage: 'pt-BR' });
      expect(br.data!.upsertInstitution.errors[0]!.message).toMatch(/; são aceitos: /);
    });

    it('the CSV import accepts what the country uses', async () => {
      const dir = writeCsvFolder(
        [
          { id: `${p}-csv-inst`, type: 'Institution', name: 'Imported institution', kind: c.kind[0].toLowerCase() },
          { id: `${p}-csv-com`, type: 'Committee', name: 'Imported committee', kind: c.committee[0] },
          { id: `${p}-csv-ten`, type: 'Tender', name: 'Imported tender', procedure: c.procedure[0].toLowerCase(), status: pack.vocabularies.tenderStatus[0]!.value },
          { id: `${p}-csv-prog`, type: 'Program', name: 'Imported programme', kind: pack.vocabularies.programKind[0]!.value },
        ],
        [],
      );
      const report = await importFolder(testDb(driver), dir, { countryPack: pack });
      expect(report.nodes.created).toBe(4);
      for (const id of [`${p}-csv-inst`, `${p}-csv-com`, `${p}-csv-ten`, `${p}-csv-prog`]) expect(await exists(id), id).toBe(true);
    });

    it('the CSV import refuses the folder over a word the country does not use, naming the row, the column and why, and writes nothing', async () => {
      const unusedProgram = ['regional_benefit', 'regional_target', 'federal_supply', 'national_formulary', 'national_reimbursement', 'national_programme', 'specialised_component'].find(
        (k) => !pack.vocabularies.programKind.some((v) => v.value === k),
      );
      const nodes = [
        { id: `${p}-rej-ok`, type: 'Institution', name: 'Fine institution', kind: c.kind[0].toLowerCase() },
        { id: `${p}-rej-inst`, type: 'Institution', name: 'Foreign institution', kind: c.kind[1].toLowerCase() },
        { id: `${p}-rej-ten`, type: 'Tender', name: 'Foreign tender', procedure: c.procedure[1].toLowerCase() },
        ...(unusedProgram ? [{ id: `${p}-rej-prog`, type: 'Program', name: 'Foreign programme', kind: unusedProgram }] : []),
      ];
      const error = await importFolder(testDb(driver), writeCsvFolder(nodes, []), { countryPack: pack, locale: 'pt-BR' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRejected);
      // Each reason is a catalogue message; a Brazilian reader reads it in pt-BR.
      const issues = (error as ImportRejected).issues.map((issue) => ({ ...issue, reason: renderMessage(issue.reason, 'pt-BR') }));
      expect(issues).toEqual([
        { file: 'nodes.csv', row: 3, column: 'kind', reason: expect.stringMatching(new RegExp(`^${c.kind[1].toLowerCase()} não se usa no pacote de país ${pack.name['pt-BR']} \\(COUNTRY_PACK=${code}\\); são aceitos: .*${c.kind[0].toLowerCase()}`)) },
        { file: 'nodes.csv', row: 4, column: 'procedure', reason: expect.stringContaining(`${c.procedure[1].toLowerCase()} não se usa`) },
        ...(unusedProgram ? [{ file: 'nodes.csv', row: 5, column: 'kind', reason: expect.stringContaining(`${unusedProgram} não se usa`) }] : []),
      ]);
      expect((error as Error).message).toMatch(/nothing was written/);
      for (const node of nodes) expect(await exists(node.id), node.id).toBe(false);
    });

    it('the countryPack query names the words in the request’s language or the one asked for', async () => {
      const en = await api.query(PACK, { kind: 'TENDER_PROCEDURE' as never });
      const answer = en.data!.countryPack;
      expect(answer).toMatchObject({ code, currency: pack.currency, language: pack.language, name: { label: pack.name.en, local: pack.name[pack.language], en: pack.name.en } });
      expect(answer.vocabularies).toHaveLength(1);
      expect(answer.vocabularies[0]!.values.map((v) => v.value)).toEqual(pack.vocabularies.tenderProcedure.map((v) => v.value.toUpperCase()));
      const first = pack.vocabularies.tenderProcedure[0]!.names;
      expect(answer.vocabularies[0]!.values[0]).toEqual({ value: expect.any(String), label: first.en, local: first[pack.language], en: first.en, pt: first['pt-PT'], br: first['pt-BR'] });
      const br = await api.query(PACK, {}, { acceptLanguage: 'pt-BR' });
      expect(br.data!.countryPack.name.label).toBe(pack.name['pt-BR']);
      expect(br.data!.countryPack.healthSystem.medicinesAgency.label).toBe(pack.healthSystem.medicinesAgency['pt-BR']);
      expect(br.data!.countryPack.vocabularies.map((v) => v.kind)).toEqual(['INSTITUTION_KIND', 'COMMITTEE_KIND', 'PROGRAM_KIND', 'TENDER_PROCEDURE', 'TENDER_STATUS', 'DECISION_ROLE']);
      const status = br.data!.countryPack.vocabularies.find((v) => v.kind === 'TENDER_STATUS')!.values.find((v) => v.value === 'PLANNED')!;
      expect(status.label).toBe(pack.vocabularies.tenderStatus.find((v) => v.value === 'planned')!.names['pt-BR']);
    });
  });
}
