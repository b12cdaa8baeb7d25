import { closeSync, createReadStream, createWriteStream, fstatSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import type { DbClient } from '../../kernel/database/db-client.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  decodeProps,
  type BackupFooter,
  type BackupHeader,
  type NodeLine,
  type TieLine,
} from './format.js';
import { BackupError } from './messages.js';
import { RestoreRepository, withWritesPaused } from './repository.js';

export interface BackupReport {
  file: string;
  nodes: number;
  ties: number;
  graphVersion: number;
}

/** Written without the graph-version lock (modules/audit): may grow while a backup reads. */
const UNLOCKED_LABEL = 'AuditEntry';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * Writes the whole graph to `file` as it stood at one moment. The read runs in one
 * transaction that holds the graph-version lock: every API write bumps that version in its
 * own transaction, so none commits while the backup reads (they wait, then go on), and the
 * file holds no half of any write. Written to `<file>.partial` and renamed at the end, so
 * a backup cut short never looks complete.
 */
export async function writeBackup(db: DbClient, file: string, onProgress?: (nodes: number, ties: number) => void): Promise<BackupReport> {
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { encoding: 'utf8' });
  const line = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  try {
    const report = await withWritesPaused(db, async (snapshot) => {
      const counts = await snapshot.counts();
      const header: BackupHeader = { kind: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), graphVersion: snapshot.graphVersion };
      await line(header);
      let nodes = 0;
      let ties = 0;
      // What the file holds, counted as it is written: the restore checks against these.
      const labels: Record<string, number> = {};
      await snapshot.nodes(async (row) => {
        await line({ node: row.key, labels: row.labels, props: row.props } satisfies NodeLine);
        nodes += 1;
        for (const label of row.labels) labels[label] = (labels[label] ?? 0) + 1;
        if (nodes % 10_000 === 0) onProgress?.(nodes, ties);
      });
      await snapshot.ties(async (row) => {
        await line({ tie: row.type, from: row.from, to: row.to, props: row.props } satisfies TieLine);
        ties += 1;
        if (ties % 10_000 === 0) onProgress?.(nodes, ties);
      });
      // Rows must not go missing on the way. Every graph write waits for the lock, so the
      // counts taken first must match; audit entries are the one write that takes no lock
      // (an audited read must not wait for a backup), so those read after the counts may
      // be in the file too (Neo4j reads committed rows as it goes).
      for (const [label, counted] of Object.entries(counts.labels)) {
        const written = labels[label] ?? 0;
        if (label === UNLOCKED_LABEL ? written < counted : written !== counted) throw new BackupError('backup.streamMismatch', { what: 'label', label, written, counted });
      }
      if (ties !== sum(counts.types)) throw new BackupError('backup.streamMismatch', { what: 'ties', label: null, written: ties, counted: sum(counts.types) });
      await line({ kind: 'end', nodes, ties, labels, types: counts.types } satisfies BackupFooter);
      return { file, nodes, ties, graphVersion: snapshot.graphVersion };
    });
    out.end();
    await once(out, 'finish');
    renameSync(partial, file);
    return report;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The backup's closing line, read from the end of the file before anything is written. */
function readFooter(file: string): BackupFooter | undefined {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, 1 << 20);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const last = buffer.toString('utf8').trimEnd().split('\n').at(-1) ?? '';
    const value = JSON.parse(last) as Partial<BackupFooter>;
    return value.kind === 'end' ? (value as BackupFooter) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

export interface RestoreReport {
  file: string;
  nodes: number;
  ties: number;
  graphVersion: number;
}

const BATCH = 2_000;

/**
 * Restores a backup into an empty database (refuses otherwise), in batches, then checks
 * the nodes per label and ties per type against the counts the backup recorded.
 */
export async function restoreBackup(db: DbClient, file: string, onProgress?: (nodes: number, ties: number) => void): Promise<RestoreReport> {
  const footer = readFooter(file);
  if (!footer) throw new BackupError('backup.truncated', { file });
  const repository = new RestoreRepository(db);
  const existing = await repository.nodeCount();
  if (existing > 0) throw new BackupError('backup.notEmpty', { nodes: existing });

  const lines = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  let nodeRows: Array<{ key: string; labels: string[]; props: Record<string, unknown> }> = [];
  let tieRows: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }> = [];
  let nodes = 0;
  let ties = 0;
  const flushNodes = async () => {
    if (nodeRows.length === 0) return;
    nodes += await repository.writeNodes(nodeRows);
    nodeRows = [];
    onProgress?.(nodes, ties);
  };
  const flushTies = async () => {
    if (tieRows.length === 0) return;
    ties += await repository.writeTies(tieRows);
    tieRows = [];
    onProgress?.(nodes, ties);
  };

  for await (const text of lines) {
    if (!text.trim()) continue;
    const value = JSON.parse(text) as Record<string, unknown>;
    if (!header) {
      if (value.kind !== BACKUP_FORMAT) throw new BackupError('backup.notABackup', { file });
      if (value.version !== BACKUP_VERSION) throw new BackupError('backup.unknownVersion', { file, version: String(value.version) });
      header = value as unknown as BackupHeader;
      await repository.prepare();
    } else if ('node' in value) {
      const node = value as unknown as NodeLine;
      nodeRows.push({ key: node.node, labels: node.labels, props: decodeProps(node.props) });
      if (nodeRows.length >= BATCH) await flushNodes();
    } else if ('tie' in value) {
      await flushNodes();
      const tie = value as unknown as TieLine;
      tieRows.push({ type: tie.tie, from: tie.from, to: tie.to, props: decodeProps(tie.props) });
      if (tieRows.length >= BATCH) await flushTies();
    }
  }
  if (!header) throw new BackupError('backup.notABackup', { file });
  await flushNodes();
  await flushTies();
  await repository.finish();

  const found = await repository.counts();
  for (const [what, expected, actual] of [
    ['label', footer.labels, found.labels],
    ['type', footer.types, found.types],
  ] as const) {
    for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      if ((expected[name] ?? 0) !== (actual[name] ?? 0)) throw new BackupError('backup.countMismatch', { what, name, expected: expected[name] ?? 0, found: actual[name] ?? 0 });
    }
  }
  if (nodes !== footer.nodes) throw new BackupError('backup.countMismatch', { what: 'all', name: null, expected: footer.nodes, found: nodes });
  return { file, nodes, ties, graphVersion: header.graphVersion };
}
