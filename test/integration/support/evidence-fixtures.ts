import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { importFolder } from '../../../server/src/modules/import-export/import-folder.js';
import { writeCsvFolder } from './csv-folder.js';
import { testDb } from './database.js';

export const EVIDENCE_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/evidence');

/** Letters only, so a family name stays a name: `kqbdmhae`. */
export function letterTag(): string {
  return Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

/**
 * A copy of the evidence fixtures whose names, institutions, events, ORCID iDs, PMIDs and
 * NCT ids are this test's own: the run shares one database, and a name decided in one test
 * must not be met by another. The files stay in their published formats.
 */
export function evidenceFixtureCopy(tag: string, subfolder = ''): { dir: string; ids: Record<string, string> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-evidence-'));
  const pmidBase = String(10_000_000 + randomInt(80_000_000)).slice(0, 6);
  const nctBase = String(randomInt(100_000)).padStart(5, '0');
  const orcid = `0000-000${randomInt(10)}-${randomInt(1000, 9999)}-${randomInt(1000, 9999)}`;
  const ids: Record<string, string> = { orcid };
  for (const n of ['1', '2', '3']) ids[`pmid${n}`] = `${pmidBase}0${n}`;
  for (const n of ['1', '2']) ids[`pmidMedline${n}`] = `${pmidBase}1${n}`;
  for (const n of ['1', '2']) ids[`nct${n}`] = `NCT${nctBase}00${n}`;
  const replace = (text: string) =>
    text
      .replace(/3900000([1-3])/g, (_, n: string) => ids[`pmid${n}`]!)
      .replace(/3999999\d/g, `${pmidBase}99`)
      .replace(/3910000([1-2])/g, (_, n: string) => ids[`pmidMedline${n}`]!)
      .replace(/NCT0500000([1-2])/g, (_, n: string) => ids[`nct${n}`]!)
      .replace(/0000-0002-1825-0097/g, orcid)
      .replace(/(?<!\p{L})(Conceição|Ribeiro|Müller|Sá|Sa|Silva|Gonçalves)(?!\p{L})/gu, `$1${tag}`)
      .replace(/Santa Maria/g, `Santa Maria ${tag}`)
      .replace(/São João/g, `São João ${tag}`)
      .replace(/Congresso Português de Cardiologia 2025/g, `Congresso ${tag} 2025`);
  const from = path.join(EVIDENCE_FIXTURES, subfolder);
  for (const name of readdirSync(from)) {
    const file = path.join(from, name);
    if (!statSync(file).isFile()) continue;
    writeFileSync(path.join(dir, name), replace(readFileSync(file, 'utf8')));
  }
  return { dir, ids };
}

export function copyFolder(dir: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-evidence-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/**
 * The people and workplaces the fixtures name, made this test's own by `tag` (names) and
 * `prefix` (ids), in the territory `Evidence <prefix>`, with a KAM of that territory
 * (`<prefix>-kam`) and a KAM of another one (`<prefix>-other-kam`).
 */
export async function seedEvidencePeople(driver: Driver, tag: string, prefix: string, orcid: string): Promise<{ territoryId: string }> {
  const territory = `Evidence ${prefix}`;
  const dir = writeCsvFolder(
    [
      { id: `${prefix}-santa-maria`, type: 'Institution', name: `Hospital de Santa Maria ${tag}`, kind: 'hospital', city: 'Lisboa', territory },
      { id: `${prefix}-sao-joao`, type: 'Institution', name: `Centro Hospitalar Universitário de São João ${tag}`, kind: 'hospital', city: 'Porto', territory },
      { id: `${prefix}-joao`, type: 'Person', name: `Prof. João Pedro Conceição${tag}`, category: 'kol', orcid },
      { id: `${prefix}-ana`, type: 'Person', name: `Dr. Ana Ribeiro${tag}`, category: 'kol' },
      { id: `${prefix}-beatriz`, type: 'Person', name: `Beatriz Sá${tag}`, category: 'doctor' },
      { id: `${prefix}-kam`, type: 'User', name: `KAM ${prefix}`, role: 'kam', territory },
      { id: `${prefix}-other-kam`, type: 'User', name: `Other KAM ${prefix}`, role: 'kam', territory: `Elsewhere ${prefix}` },
    ],
    [
      { from: `${prefix}-joao`, to: `${prefix}-santa-maria`, type: 'WORKS_AT', position: 'Head of Cardiology', head: true },
      { from: `${prefix}-ana`, to: `${prefix}-santa-maria`, type: 'WORKS_AT', position: 'Cardiologist' },
      { from: `${prefix}-beatriz`, to: `${prefix}-sao-joao`, type: 'WORKS_AT', position: 'Rheumatologist' },
    ],
  );
  await importFolder(testDb(driver), dir);
  return { territoryId: `territory-evidence-${prefix}` };
}
