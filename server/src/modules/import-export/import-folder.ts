import { systemClock } from '../../kernel/clock.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { DEFAULT_LOCALE, type Locale } from '../../kernel/i18n/catalogue.js';
import { countryPack, type CountryPack } from '../country/pack.js';
import { writeGraph, type WriteProgress, type WriteSummary } from '../graph/graph-writer.js';
import { ImportRejected } from './import-issues.js';
import { readCsvFolder, type ReadProgress } from './read-csv-folder.js';
import { resolveReferences } from './resolve-references.js';

export interface ImportReport extends WriteSummary {
  rows: { nodes: number; ties: number };
}

export interface ImportOptions {
  /** The day new nodes are stamped as added (unless a row gives `addedOn`); default today. */
  today?: string;
  /** The words kinds, procedures and statuses may take (COUNTRY_PACK); default: the generic pack. */
  countryPack?: CountryPack;
  /** The language a refusal of the pack's words is worded in; default English. */
  locale?: Locale;
  onReadProgress?: ReadProgress;
  onWriteProgress?: (progress: WriteProgress) => void;
}

/**
 * Imports `nodes.csv` and `ties.csv` from a folder, all or nothing: every row is checked
 * first, any problem rejects the folder (ImportRejected lists file, line and reason), and
 * the write itself is one transaction.
 */
export async function importFolder(
  db: DbClient,
  folder: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const parsed = await readCsvFolder(folder, options.onReadProgress, { pack: options.countryPack ?? countryPack('generic'), locale: options.locale ?? DEFAULT_LOCALE });
  if (parsed.issues.length > 0) throw new ImportRejected(parsed.issues);
  const resolved = await resolveReferences(db, parsed);
  if (resolved.issues.length > 0) throw new ImportRejected(resolved.issues);
  const summary = await writeGraph(db, resolved, {
    atomic: true,
    today: options.today ?? systemClock.today(),
    ...(options.onWriteProgress ? { onProgress: options.onWriteProgress } : {}),
  });
  return { ...summary, rows: { nodes: parsed.nodes.length, ties: parsed.ties.length } };
}
