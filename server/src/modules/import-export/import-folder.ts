import { systemClock } from '../../kernel/clock.js';
import type { DbClient } from '../../kernel/database/db-client.js';
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
  const parsed = await readCsvFolder(folder, options.onReadProgress);
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
