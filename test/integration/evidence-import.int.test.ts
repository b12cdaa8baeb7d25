import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAreaMapping } from '../../server/src/modules/evidence/area-terms.js';
import { importEvidence } from '../../server/src/modules/evidence/import-evidence.js';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';
import { evidenceFixtureCopy, letterTag, seedEvidencePeople } from './support/evidence-fixtures.js';

const TODAY = '2026-11-27';
const areas = loadAreaMapping(path.join(PROJECT_ROOT, 'data/therapeutic-area-terms.csv'));

async function seedPeople(driver: ReturnType<typeof useTestDriver>, tag: string, prefix: string, orcid: string) {
  await seedEvidencePeople(driver, tag, prefix, orcid);
}

async function rows<T = Record<string, unknown>>(driver: ReturnType<typeof useTestDriver>, query: string, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params, { database: DATABASE });
  return records.map((r) => r.toObject() as T);
}

describe('evidence import', () => {
  const driver = useTestDriver();

  it('attaches works to people by ORCID and by name and place, queues the rest, proposes ties, and changes nothing the second time', async () => {
    const tag = letterTag();
    const prefix = uniquePrefix('ev');
    const { dir, ids } = evidenceFixtureCopy(tag);
    await seedPeople(driver, tag, prefix, ids.orcid!);

    const report = await importEvidence(testDb(driver), [dir], { today: TODAY, areas });
    expect(report.files.map((f) => [path.basename(f.file), f.format, f.works, f.error?.message ?? null])).toEqual([
      ['congress.csv', 'congress_csv', 5, null],
      ['pubmed-medline.txt', 'medline', 2, null],
      ['pubmed.xml', 'pubmed_xml', 3, null],
      ['trials.json', 'clinicaltrials_json', 2, null],
    ]);

    // Works attached to people, with position, role and how sure the match is.
    const authored = await rows<{ pmid: string; position: number; last: boolean; matchScore: number }>(
      driver,
      `MATCH (:Person {id: $ana})-[r:AUTHORED]->(w:Publication) RETURN w.pmid AS pmid, r.position AS position, r.last AS last, r.matchScore AS matchScore ORDER BY pmid`,
      { ana: `${prefix}-ana` },
    );
    expect(authored).toEqual(
      [
        { pmid: ids.pmid1, position: 3, last: true, matchScore: 1 },
        { pmid: ids.pmid2, position: 1, last: false, matchScore: 1 },
        { pmid: ids.pmid3, position: 1, last: false, matchScore: 1 },
        { pmid: ids.pmidMedline1, position: 3, last: true, matchScore: 1 },
      ].sort((a, b) => a.pmid!.localeCompare(b.pmid!)),
    );
    // `Ribeiro A` with no affiliation (an old MEDLINE record) is not sure enough: it waits.
    const waiting = await rows(driver, `MATCH (c:Contributor)-[:AUTHORED]->(:Publication {pmid: $pmid}) RETURN c.name AS name ORDER BY name`, { pmid: ids.pmidMedline2 });
    expect(waiting).toEqual([{ name: `Ribeiro${tag}, A` }, { name: `Sa${tag}, B` }]);
    const led = await rows(driver, `MATCH (:Person {id: $joao})-[r:INVESTIGATOR_IN]->(t:Trial) RETURN t.nctId AS nct, r.role AS role, r.overall AS overall`, { joao: `${prefix}-joao` });
    expect(led).toEqual([{ nct: ids.nct1, role: 'principal_investigator', overall: true }]);
    const talks = await rows(
      driver,
      `MATCH (:Person {id: $joao})-[r:SPOKE_AT]->(t:Talk)-[:HELD_AT]->(e:Event) RETURN t.session AS session, r.role AS role, e.kind AS kind ORDER BY session`,
      { joao: `${prefix}-joao` },
    );
    expect(talks).toEqual([
      { session: 'Heart failure: what changed', role: 'chair', kind: 'congress' },
      { session: 'Round table: access to innovation', role: 'panelist', kind: 'congress' },
    ]);
    const inAreas = await rows(driver, `MATCH (w:Entity)-[:IN_AREA]->(a:TherapeuticArea) WHERE w.id IN $ids RETURN w.id AS id, a.id AS area ORDER BY id, area`, {
      ids: [`pmid-${ids.pmid1}`, `trial-${ids.nct2}`, `pmid-${ids.pmidMedline2}`],
    });
    expect(inAreas).toEqual([
      { id: `pmid-${ids.pmid1}`, area: 'area-cardiology' },
      { id: `pmid-${ids.pmidMedline2}`, area: 'area-rheumatology' },
      { id: `trial-${ids.nct2}`, area: 'area-rheumatology' },
    ]);

    // Names not matched with certainty wait for review; Müller is not in the graph at all.
    const queued = await rows<{ name: string; status: string; works: number }>(
      driver,
      `MATCH (c:Contributor) WHERE c.name CONTAINS $tag RETURN c.name AS name, c.status AS status, COUNT { (c)-->() } AS works ORDER BY name`,
      { tag },
    );
    expect(queued.map((q) => q.name)).toEqual(expect.arrayContaining([`Müller${tag}, Hans`, `Silva${tag}, M`, `Gonçalves${tag}, Tiago`]));
    expect(queued.find((q) => q.name === `Müller${tag}, Hans`)).toMatchObject({ status: 'pending', works: 2 });

    // Proposed ties, never ties.
    const suggestions = await rows<{ type: string; from: string; to: string; reasons: string[]; confidence: number }>(
      driver,
      `MATCH (s:TieSuggestion) WHERE s.fromId STARTS WITH $prefix AND s.toId STARTS WITH $prefix
       RETURN s.type AS type, s.fromId AS from, s.toId AS to, s.reasons AS reasons, s.confidence AS confidence ORDER BY type, from, to`,
      { prefix },
    );
    // Each was the other's senior author on two articles; João also led the trial they investigated in.
    expect(suggestions.map((s) => [s.type, s.from.replace(`${prefix}-`, ''), s.to.replace(`${prefix}-`, '')])).toEqual([
      ['INFLUENCES', 'ana', 'joao'],
      ['INFLUENCES', 'joao', 'ana'],
      ['INFLUENCES', 'joao', 'beatriz'],
      ['KNOWS', 'ana', 'beatriz'],
      ['KNOWS', 'ana', 'joao'],
      ['KNOWS', 'beatriz', 'joao'],
    ]);
    const joaoAna = suggestions.find((s) => s.type === 'INFLUENCES' && s.to.endsWith('-ana'))!;
    expect(joaoAna.reasons.sort()).toEqual(['principal_investigator_over_site_investigator 1', 'senior_author_over_first_author 2']);
    expect(joaoAna.confidence).toBe(1);
    const ties = await rows(driver, `MATCH (a:Person)-[r:KNOWS|INFLUENCES]-(b:Person) WHERE a.id STARTS WITH $prefix RETURN count(r) AS n`, { prefix });
    expect(ties).toEqual([{ n: 0 }]);

    const version = async () => (await rows<{ v: number }>(driver, `MATCH (m:GraphMeta {key: 'graph'}) RETURN m.version AS v`, {}))[0]!.v;
    const before = await version();
    const again = await importEvidence(testDb(driver), [dir], { today: TODAY, areas });
    for (const file of again.files) {
      expect(file.error).toBeNull();
      expect([file.written.nodes.created, file.written.nodes.updated, file.written.ties.created, file.written.ties.updated, file.newNames]).toEqual([0, 0, 0, 0, 0]);
    }
    expect(again.suggestions).toMatchObject({ created: 0, updated: 0 });
    expect(await version()).toBe(before);
  });

  it('rejects a truncated XML, JSON of another shape and a CSV missing a column, naming file and position, and writes nothing from them', async () => {
    const tag = letterTag();
    const { dir, ids } = evidenceFixtureCopy(tag, 'bad');
    const report = await importEvidence(testDb(driver), [dir], { today: TODAY, areas });
    const byName = Object.fromEntries(report.files.map((f) => [path.basename(f.file), f.error?.message ?? null]));
    expect(byName['truncated.xml']).toMatch(/truncated\.xml \(line \d+, column \d+\): ends before the XML is complete/);
    expect(byName['other-shape.json']).toMatch(/other-shape\.json: is JSON but not ClinicalTrials\.gov API v2 studies/);
    expect(byName['missing-column.csv']).toMatch(/missing-column\.csv \(line 1\): lacks the column role/);
    const written = await rows(
      driver,
      `MATCH (n) WHERE n.id IN $ids OR n.name CONTAINS $tag OR any(l IN coalesce(n.affiliations, []) WHERE l CONTAINS $tag) RETURN count(n) AS n`,
      { ids: [`pmid-${ids.pmid1}`, `trial-${ids.nct1}`], tag },
    );
    expect(written).toEqual([{ n: 0 }]);
  });
});
