import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, PARSERS } from '../../server/src/modules/evidence/parsers/detect.js';
import { EvidenceFileError, looseDate, type EvidenceRecord, type PublicationRecord, type TalkRecord, type TrialRecord } from '../../server/src/modules/evidence/parsers/types.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/evidence');
const fixture = (name: string) => path.join(FIXTURES, name);

async function read(file: string): Promise<EvidenceRecord[]> {
  const records: EvidenceRecord[] = [];
  for await (const record of PARSERS[await detectFormat(file)](file)) records.push(record);
  return records;
}

async function failure(file: string): Promise<EvidenceFileError> {
  try {
    await read(file);
  } catch (error) {
    if (error instanceof EvidenceFileError) return error;
    throw error;
  }
  throw new Error(`${file} was read without an error`);
}

function temp(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kamgraph-evidence-')), name);
  writeFileSync(file, text);
  return file;
}

describe('format detection', () => {
  it('tells the four formats apart by their first bytes', async () => {
    expect(await detectFormat(fixture('pubmed.xml'))).toBe('pubmed_xml');
    expect(await detectFormat(fixture('pubmed-medline.txt'))).toBe('medline');
    expect(await detectFormat(fixture('trials.json'))).toBe('clinicaltrials_json');
    expect(await detectFormat(fixture('congress.csv'))).toBe('congress_csv');
    expect(await detectFormat(fixture('bad/missing-column.csv'))).toBe('congress_csv');
  });

  it('refuses anything else, naming the file', async () => {
    const file = temp('notes.txt', 'Dear colleague,\nplease find attached\n');
    await expect(detectFormat(file)).rejects.toThrow(/notes\.txt \(line 1\): is neither PubMed XML/);
  });
});

describe('PubMed efetch XML', () => {
  it('reads PMID, title with inline markup, journal, dates, DOI, MeSH and authors in order', async () => {
    const [first, second, third] = (await read(fixture('pubmed.xml'))) as PublicationRecord[];
    expect(first).toMatchObject({
      pmid: '39000001',
      title: 'Sacubitril/valsartan in de novo heart failure: a Portuguese registry.',
      journal: 'Eur J Heart Fail',
      date: '2025-02-14',
      doi: '10.1002/ejhf.9001',
      meshTerms: ['Heart Failure', 'Humans'],
      collectiveAuthors: ['PORTHF Registry Investigators'],
    });
    expect(first!.authors.map((a) => [a.position, a.lastName, a.foreName, a.last])).toEqual([
      [1, 'Conceição', 'João Pedro', false],
      [2, 'Müller', 'Hans', false],
      [3, 'Ribeiro', 'Ana', true],
    ]);
    // An ORCID given as a URL, and two affiliations.
    expect(first!.authors[0]).toMatchObject({ orcid: '0000-0002-1825-0097', affiliations: [expect.stringMatching(/Santa Maria/), expect.stringMatching(/Universidade de Lisboa/)] });
    // MedlineDate, an author without a fore name, and no DOI; the commented article's PMID is not this one's.
    expect(second).toMatchObject({ pmid: '39000002', date: '2024-12-01', doi: null });
    expect(second!.authors[1]).toMatchObject({ lastName: 'Silva', foreName: null, initials: 'M', affiliations: [] });
    // A season for a month, escaped characters, the ISO abbreviation missing.
    expect(third).toMatchObject({ pmid: '39000003', date: '2023-03-01', journal: 'Acta medica portuguesa', title: 'Heart failure nurses & the community: a consensus of the <PORTHF> group.' });
  });

  it('rejects a truncated file naming the file, line and column', async () => {
    const error = await failure(fixture('bad/truncated.xml'));
    expect(error.messageId).toBe('evidenceFile.xmlTruncated');
    expect(error.message).toMatch(/truncated\.xml \(line \d+, column \d+\): ends before the XML is complete/);
    // The same position and reason in the reader's language.
    expect(error.wordedIn('pt-PT')).toMatch(/truncated\.xml \(linha \d+, coluna \d+\): termina antes de o XML estar completo \(o ficheiro parece truncado\)/);
    expect(error.wordedIn('pt-BR')).toMatch(/truncated\.xml \(linha \d+, coluna \d+\): termina antes de o XML estar completo \(o arquivo parece truncado\)/);
  });

  it('rejects XML that is not a PubmedArticleSet, and broken XML, with the position', async () => {
    const other = await failure(temp('other.xml', '<?xml version="1.0"?>\n<eSearchResult><Count>0</Count></eSearchResult>\n'));
    expect(other.message).toMatch(/other\.xml \(line 2, column \d+\): is XML but not a PubmedArticleSet \(its root is <eSearchResult>\)/);
    const broken = await failure(temp('broken.xml', '<PubmedArticleSet>\n<PubmedArticle><MedlineCitation></PubmedArticle>\n</PubmedArticleSet>\n'));
    expect(broken.messageId).toBe('evidenceFile.xmlBroken');
    expect(broken.position?.line).toBe(2);
  });
});

describe('MEDLINE text', () => {
  it('reads continuation lines, full and short author names, AD and AUID per author, group authors and MeSH', async () => {
    const [first, second] = (await read(fixture('pubmed-medline.txt'))) as PublicationRecord[];
    expect(first).toMatchObject({
      pmid: '39100001',
      title: 'Rheumatoid arthritis outcomes under biologic therapy in northern Portugal: a multicentre cohort.',
      date: '2022-11-03',
      doi: '10.1000/arp.2022.001',
      journal: 'Acta Reumatol Port',
      meshTerms: ['Arthritis, Rheumatoid', 'Humans'],
      collectiveAuthors: ['Reuma.pt Study Group'],
    });
    expect(first!.authors.map((a) => [a.position, a.lastName, a.foreName, a.initials, a.orcid, a.last])).toEqual([
      [1, 'Conceição', 'João Pedro', 'JP', '0000-0002-1825-0097', false],
      [2, 'Sá', 'Beatriz', 'B', null, false],
      [3, 'Ribeiro', 'Ana', 'A', null, true],
    ]);
    expect(first!.authors[1]!.affiliations).toEqual([
      'Serviço de Reumatologia, Centro Hospitalar Universitário de São João, Porto, Portugal.',
      'Faculdade de Medicina da Universidade do Porto, Porto, Portugal.',
    ]);
    // Older records: AU alone.
    expect(second!.authors.map((a) => [a.lastName, a.initials])).toEqual([['Sa', 'B'], ['Ribeiro', 'A']]);
    expect(second!.date).toBe('2021-01-01');
  });

  it('rejects a line that is neither a tag nor a continuation, naming its line', async () => {
    const error = await failure(temp('bad.txt', 'PMID- 1\nTI  - A title\nthis line is not MEDLINE\n'));
    expect(error.message).toMatch(/bad\.txt \(line 3\)/);
  });
});

describe('ClinicalTrials.gov API v2 JSON', () => {
  it('reads ids, titles, dates, phases, conditions, overall officials and site investigators (not contacts)', async () => {
    const [trial, bare] = (await read(fixture('trials.json'))) as TrialRecord[];
    expect(trial).toMatchObject({
      nctId: 'NCT05000001',
      title: 'Early Sacubitril/Valsartan After Decompensated Heart Failure',
      phases: ['PHASE3'],
      overallStatus: 'RECRUITING',
      startDate: '2024-03-15',
      completionDate: '2026-06-01',
      conditions: ['Heart Failure', 'Heart Failure With Reduced Ejection Fraction'],
    });
    expect(trial!.investigators.map((i) => [i.lastName, i.foreName, i.role, i.overall, i.site, i.city])).toEqual([
      ['Conceição', 'João Pedro', 'principal_investigator', true, 'Hospital de Santa Maria', null],
      ['Ribeiro', 'Ana', 'principal_investigator', false, 'Hospital de Santa Maria', 'Lisboa'],
      ['Sá', 'Beatriz', 'principal_investigator', false, 'Centro Hospitalar Universitário de São João', 'Porto'],
      ['Gonçalves', 'Tiago', 'sub_investigator', false, 'Centro Hospitalar Universitário de São João', 'Porto'],
    ]);
    // A trial without investigators.
    expect(bare).toMatchObject({ nctId: 'NCT05000002', investigators: [], startDate: '2019-05-01', completionDate: '2022-11-30' });
  });

  it('rejects JSON of another shape, a study without an NCT id, and truncated JSON, naming the record', async () => {
    const other = await failure(fixture('bad/other-shape.json'));
    expect(other.message).toMatch(/other-shape\.json: is JSON but not ClinicalTrials\.gov API v2 studies: no "studies" list/);
    const noId = await failure(temp('no-id.json', '{"studies":[{"protocolSection":{"identificationModule":{"nctId":"NCT05000001","briefTitle":"A"}}},{"protocolSection":{"identificationModule":{"briefTitle":"B"}}}]}'));
    expect(noId.message).toMatch(/no-id\.json \(studies\[1\]\): has no protocolSection\.identificationModule\.nctId/);
    const cut = await failure(temp('cut.json', '{"studies":[{"protocolSection":{"identificationModule":{"nctId":"NCT05000001","briefTitle":"A"}}},{"protocolSection":{"identif'));
    expect(cut.messageId).toBe('evidenceFile.jsonBroken');
    expect(cut.message).toMatch(/cut\.json \(studies\[1\]\): is not valid JSON: .*after study 1/);
  });
});

describe('congress CSV', () => {
  it('reads one talk per row with the role words normalised and the speaker named', async () => {
    const talks = (await read(fixture('congress.csv'))) as TalkRecord[];
    expect(talks).toHaveLength(5);
    expect(talks.map((t) => [t.session, t.role, t.speaker.lastName, t.topic])).toEqual([
      ['Heart failure: what changed', 'chair', 'Conceição', null],
      ['Heart failure: what changed', 'speaker', 'Ribeiro', 'Early ARNI after decompensation'],
      ['Heart failure: what changed', 'speaker', 'Müller', 'Lessons from German registries'],
      ['Round table: access to innovation', 'moderator', 'Sá', null],
      ['Round table: access to innovation', 'panelist', 'Conceição', 'Tenders and formularies'],
    ]);
    expect(talks[2]!.speaker).toMatchObject({ foreName: 'Hans', affiliations: ['Charité, Berlin'] });
    expect(talks[0]).toMatchObject({ event: 'Congresso Português de Cardiologia 2025', date: '2025-04-26', city: 'Vilamoura', at: 'line 2' });
  });

  it('rejects a missing column, a bad date and an unknown role, naming the line', async () => {
    const missing = await failure(fixture('bad/missing-column.csv'));
    expect(missing.message).toMatch(/missing-column\.csv \(line 1\): lacks the column role/);
    expect(missing.wordedIn('pt-BR')).toMatch(/missing-column\.csv \(linha 1\): não tem a coluna role/);
    const header = 'event,date,city,session,role,name,affiliation,topic\n';
    expect((await failure(temp('date.csv', `${header}E,2025-02-30,C,S,speaker,Ana Ribeiro,H,T\n`))).message).toMatch(/date\.csv \(line 2\): date "2025-02-30" is not a date/);
    expect((await failure(temp('role.csv', `${header}E,2025-02-03,C,S,speaker,Ana Ribeiro,H,T\nE,2025-02-03,C,S,keynote,Ana Ribeiro,H,T\n`))).message).toMatch(/role\.csv \(line 3\): role "keynote"/);
  });
});

describe('loose dates', () => {
  it('reads the dates bibliographic records write', () => {
    expect(looseDate('2023 May 17')).toBe('2023-05-17');
    expect(looseDate('1998 Dec-1999 Jan')).toBe('1998-12-01');
    expect(looseDate('2021-03')).toBe('2021-03-01');
    expect(looseDate('2021 Feb 30')).toBe('2021-02-01');
    expect(looseDate('unknown')).toBeNull();
  });
});
