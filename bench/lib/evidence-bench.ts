/**
 * `npm run bench -- --evidence [--publications 100000] [--people 10000] [--check-only]`: the
 * evidence import at scale (issue 14). Writes a PubMed efetch XML of N generated articles
 * (kept in .data/bench-evidence/ and reused), then
 *  1. reads it with the streaming parser alone (the import's checking pass): rate, and the
 *     process's memory sampled through the read, early and late, to show it stays flat;
 *  2. imports it whole into a fresh embedded Neo4j holding the demo country at `people`
 *     people (0: none), rate and memory the same way. About three authors in ten are the
 *     demo's people, written as a paper would (given and family names, their workplace as
 *     the affiliation), so names are matched against a populated directory and ties
 *     suggested; the rest are strangers who wait in the review queue.
 * Writes bench/results/evidence.json and evidence.md.
 */
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { createDriver } from '../../server/src/kernel/database/connect.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { findFreePort, startEmbeddedNeo4j } from '../../server/src/kernel/database/embedded-neo4j.js';
import { applySchema } from '../../server/src/modules/graph/apply-schema.js';
import { loadAreaMapping } from '../../server/src/modules/evidence/area-terms.js';
import { importEvidence } from '../../server/src/modules/evidence/import-evidence.js';
import { parsePubmedXml } from '../../server/src/modules/evidence/parsers/pubmed-xml.js';
import { machineInfo } from './machine.js';
import { generateDemo } from '../../server/src/demo/generate-demo.js';
import { seedDemo } from '../../server/src/modules/import-export/seed-demo.js';

const FAMILY = ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Jesus', 'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho', 'Teixeira', 'Moreira', 'Correia', 'Mendes', 'Nunes', 'Soares', 'Vieira', 'Monteiro', 'Cardoso', 'Rocha', 'Raposo', 'Neves', 'Coelho', 'Cruz', 'Cunha', 'Pires', 'Ramos', 'Reis', 'Simões', 'Antunes'];
const GIVEN = ['João', 'Maria', 'Ana', 'José', 'Pedro', 'Rita', 'Luís', 'Inês', 'Carlos', 'Sofia', 'Miguel', 'Joana', 'Rui', 'Marta', 'Paulo', 'Catarina', 'Tiago', 'Beatriz', 'Nuno', 'Helena'];
const PLACES = ['Hospital de Santa Maria, Lisboa, Portugal', 'Centro Hospitalar Universitário de São João, Porto, Portugal', 'Hospitais da Universidade de Coimbra, Coimbra, Portugal', 'Hospital de Braga, Braga, Portugal', 'Hospital Garcia de Orta, Almada, Portugal'];
const MESH = ['Heart Failure', 'Atrial Fibrillation', 'Diabetes Mellitus, Type 2', 'Arthritis, Rheumatoid', 'Breast Neoplasms', 'Hypertension', 'Asthma', 'Multiple Sclerosis'];

const xml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A deterministic pseudo-random sequence, so the file is the same on every machine. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** One of the graph's people as a paper names them. */
interface KnownAuthor {
  given: string;
  family: string;
  affiliation: string;
}

/** The demo's people with a workplace, as `seedDemo` writes them for this day (the generator is deterministic). */
function knownAuthors(people: number, today: string): KnownAuthor[] {
  if (people === 0) return [];
  const graph = generateDemo({ people, today });
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const workplace = new Map<string, string>();
  for (const tie of graph.ties) if (tie.type === 'WORKS_AT' && !workplace.has(tie.from)) workplace.set(tie.from, names.get(tie.to) ?? '');
  return graph.nodes
    .filter((n) => n.type === 'Person' && workplace.get(n.id))
    .map((n) => {
      const [given, ...family] = n.name.split(' ');
      return { given: given!, family: family.join(' '), affiliation: `${workplace.get(n.id)!}, Portugal` };
    })
    .filter((a) => a.family !== '');
}

function article(i: number, rnd: (n: number) => number, known: readonly KnownAuthor[]): string {
  const authors = 3 + rnd(6);
  const year = 2015 + rnd(11);
  const lines: string[] = [];
  for (let a = 0; a < authors; a += 1) {
    if (known.length > 0 && rnd(10) < 3) {
      const k = known[rnd(known.length)]!;
      lines.push(
        `<Author ValidYN="Y"><LastName>${xml(k.family)}</LastName><ForeName>${xml(k.given)}</ForeName><Initials>${k.given[0]}</Initials>` +
          `<AffiliationInfo><Affiliation>${xml(k.affiliation)}</Affiliation></AffiliationInfo></Author>`,
      );
      continue;
    }
    const family = FAMILY[rnd(FAMILY.length)]!;
    const given = GIVEN[rnd(GIVEN.length)]!;
    // About 4,000 distinct people: authors recur across articles, as real ones do.
    const suffix = rnd(5);
    lines.push(
      `<Author ValidYN="Y"><LastName>${xml(family)}${suffix ? ` ${FAMILY[suffix]!}` : ''}</LastName><ForeName>${xml(given)}</ForeName><Initials>${given[0]}</Initials>` +
        `<AffiliationInfo><Affiliation>${xml(PLACES[rnd(PLACES.length)]!)}</Affiliation></AffiliationInfo></Author>`,
    );
  }
  const pmid = 30_000_000 + i;
  const mesh = MESH[rnd(MESH.length)]!;
  return `<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">${pmid}</PMID>
<Article PubModel="Print"><Journal><ISSN IssnType="Print">0000-0000</ISSN><JournalIssue CitedMedium="Print"><Volume>${1 + rnd(40)}</Volume><PubDate><Year>${year}</Year><Month>${['Jan', 'Apr', 'Jul', 'Oct'][rnd(4)]}</Month></PubDate></JournalIssue><Title>Revista Portuguesa de Cardiologia</Title></Journal>
<ArticleTitle>Generated article ${i} on ${xml(mesh.toLowerCase())}.</ArticleTitle>
<AuthorList CompleteYN="Y">${lines.join('')}</AuthorList><Language>eng</Language></Article>
<MeshHeadingList><MeshHeading><DescriptorName UI="D000000" MajorTopicYN="Y">${xml(mesh)}</DescriptorName></MeshHeading></MeshHeadingList></MedlineCitation>
<PubmedData><ArticleIdList><ArticleId IdType="pubmed">${pmid}</ArticleId></ArticleIdList></PubmedData></PubmedArticle>
`;
}

async function writePubmedFile(file: string, count: number, known: readonly KnownAuthor[], log: (line: string) => void): Promise<void> {
  log(`  writing ${count.toLocaleString('en-US')} generated articles to ${path.relative(PROJECT_ROOT, file)} (one-off; later runs reuse it)...`);
  const out = createWriteStream(`${file}.part`);
  const rnd = lcg(14);
  out.write('<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">\n<PubmedArticleSet>\n');
  for (let i = 1; i <= count; i += 1) {
    if (!out.write(article(i, rnd, known))) await once(out, 'drain');
  }
  out.end('</PubmedArticleSet>\n');
  await once(out, 'finish');
  const { renameSync } = await import('node:fs');
  renameSync(`${file}.part`, file);
}

/** Samples this process's memory while `work` runs: the peak, and the mean of the first and last fifth. */
async function withMemory<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; rssPeakMb: number; heapPeakMb: number; rssEarlyMb: number; rssLateMb: number }> {
  const samples: number[] = [];
  let heapPeak = 0;
  const sample = () => {
    const m = process.memoryUsage();
    samples.push(m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  };
  const timer = setInterval(sample, 250);
  const started = performance.now();
  try {
    const result = await work();
    sample();
    const seconds = (performance.now() - started) / 1000;
    const fifth = Math.max(1, Math.floor(samples.length / 5));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const mb = (b: number) => Math.round(b / 1024 / 1024);
    return { result, seconds, rssPeakMb: mb(Math.max(...samples)), heapPeakMb: mb(heapPeak), rssEarlyMb: mb(mean(samples.slice(0, fifth))), rssLateMb: mb(mean(samples.slice(-fifth))) };
  } finally {
    clearInterval(timer);
  }
}

export async function evidenceBench(options: { publications: number; people: number; checkOnly: boolean; log: (line: string) => void }): Promise<void> {
  const { publications, people, log } = options;
  const today = new Date().toISOString().slice(0, 10);
  const dir = path.join(PROJECT_ROOT, '.data', 'bench-evidence');
  mkdirSync(dir, { recursive: true });
  // The demo's names depend on its size and day: a file per both.
  const file = path.join(dir, people > 0 ? `pubmed-${publications}-people${people}-${today}.xml` : `pubmed-${publications}.xml`);
  if (!existsSync(file)) await writePubmedFile(file, publications, knownAuthors(people, today), log);
  const sizeMb = Math.round(statSync(file).size / 1024 / 1024);
  log(`  ${path.basename(file)}: ${sizeMb} MB`);

  log('  reading it with the streaming parser (the checking pass)...');
  const parse = await withMemory(async () => {
    let works = 0;
    for await (const record of parsePubmedXml(file)) {
      void record;
      works += 1;
    }
    return works;
  });
  log(`  parsed ${parse.result.toLocaleString('en-US')} publications in ${parse.seconds.toFixed(1)} s (${Math.round(parse.result / parse.seconds).toLocaleString('en-US')}/s), RSS ${parse.rssEarlyMb} MB early, ${parse.rssLateMb} MB late, peak ${parse.rssPeakMb} MB`);

  let imported: Awaited<ReturnType<typeof withMemory<{ works: number; matched: number; unmatched: number; suggestions: number; peopleTouched: number; nodes: number }>>> | null = null;
  if (!options.checkOnly) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-bench-evidence-'));
    const port = await findFreePort();
    const neo4j = await startEmbeddedNeo4j({ dataDir, port, heap: '1g', pageCache: '512m', log: (line) => log(`  ${line}`) });
    const driver = createDriver(neo4j.uri);
    try {
      await driver.verifyConnectivity({ database: 'neo4j' });
      await applySchema(driver, 'neo4j');
      const db = new DbClient(driver, 'neo4j');
      if (people > 0) {
        log(`  seeding the demo country at ${people.toLocaleString('en-US')} people (the directory names are matched against)...`);
        await seedDemo(db, { people, today });
      }
      const areas = loadAreaMapping(path.join(PROJECT_ROOT, 'data', 'therapeutic-area-terms.csv'));
      log(`  importing it into ${people > 0 ? `the ${people.toLocaleString('en-US')}-person graph` : 'an empty graph'} (npm run evidence, in-process)...`);
      let lastLog = 0;
      imported = await withMemory(async () => {
        const report = await importEvidence(db, [file], {
          today,
          areas,
          onProgress: ({ phase, done, total }) => {
            if (performance.now() - lastLog < 15_000) return;
            lastLog = performance.now();
            log(`    ${phase} ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
          },
        });
        const f = report.files[0]!;
        if (f.error) throw f.error;
        return { works: f.works, matched: f.matched, unmatched: f.unmatched, suggestions: report.suggestions.total, peopleTouched: report.peopleTouched, nodes: f.written.nodes.created };
      });
      log(`  imported ${imported.result.works.toLocaleString('en-US')} publications in ${imported.seconds.toFixed(0)} s (${Math.round(imported.result.works / imported.seconds).toLocaleString('en-US')}/s), RSS ${imported.rssEarlyMb} MB early, ${imported.rssLateMb} MB late, peak ${imported.rssPeakMb} MB`);
    } finally {
      await driver.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  const machine = machineInfo();
  const json = { generatedAt: new Date().toISOString(), machine, load: os.loadavg(), publications, people, fileMb: sizeMb, parse, import: imported };
  const results = path.join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(path.join(results, 'evidence.json'), `${JSON.stringify(json, null, 2)}\n`);
  const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');
  const md = [
    `# Evidence import at scale`,
    '',
    `\`npm run bench -- --evidence --publications ${publications} --people ${people}\` on ${machine.cpus} cores, ${machine.memoryGiB} GiB, Node ${machine.node} (load average at the end ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}), ${json.generatedAt.slice(0, 10)}.`,
    `A generated PubMed efetch XML of ${publications.toLocaleString('en-US')} articles (${sizeMb} MB, 3 to 8 authors each), imported into ${people > 0 ? `the demo country at ${people.toLocaleString('en-US')} people; about three authors in ten are its people (their names and workplaces as a paper writes them), the rest strangers` : 'an empty graph'}.`,
    '',
    '| step | time | rate | RSS early → late | RSS peak | heap peak |',
    '|---|---|---|---|---|---|',
    `| streaming parse (checking pass) | ${parse.seconds.toFixed(1)} s | ${rate(parse.result, parse.seconds)} publications/s | ${parse.rssEarlyMb} → ${parse.rssLateMb} MB | ${parse.rssPeakMb} MB | ${parse.heapPeakMb} MB |`,
    imported
      ? `| full import (check, write, names, suggestions) | ${imported.seconds.toFixed(0)} s | ${rate(imported.result.works, imported.seconds)} publications/s | ${imported.rssEarlyMb} → ${imported.rssLateMb} MB | ${imported.rssPeakMb} MB | ${imported.heapPeakMb} MB |`
      : '| full import | not run (--check-only) | | | | |',
    '',
    'Memory is the importing process\'s (Neo4j runs in its own). Early and late are the means of the first and last fifth of the samples: flat memory means they are close whatever the file\'s size.',
    imported
      ? people > 0
        ? `Names matched to people: ${imported.result.matched.toLocaleString('en-US')}; left for review: ${imported.result.unmatched.toLocaleString('en-US')}; people whose works changed: ${imported.result.peopleTouched.toLocaleString('en-US')}; tie suggestions: ${imported.result.suggestions.toLocaleString('en-US')} (the full import's time includes matching and suggesting).`
        : `The graph had no people, so the ${imported.result.unmatched.toLocaleString('en-US')} author names all went to the review queue (no suggestions).`
      : '',
    '',
  ].join('\n');
  writeFileSync(path.join(results, 'evidence.md'), md);
  log(`  wrote bench/results/evidence.json and evidence.md`);
}
