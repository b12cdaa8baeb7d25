import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient, LockedReader } from '../../kernel/database/db-client.js';
import { count, text, textList } from '../../kernel/database/rows.js';
import { encodeProps, type Encoded } from './format.js';

/** The marker pause-writes.cypher sets (and rolls back); never part of a backup. */
const PAUSE_MARKER = 'backupPausedAt';

const encodedProps = z.record(z.string(), z.custom<Encoded>());
const pauseWrites = cypher<Record<string, never>, { version: number }>(import.meta.url, 'pause-writes.cypher', z.object({ version: count }));
const backupNodes = cypher<Record<string, never>, { key: string; labels: string[]; props: Record<string, Encoded> }>(
  import.meta.url,
  'backup-nodes.cypher',
  z.object({ key: text, labels: textList, props: encodedProps }),
);
const backupTies = cypher<Record<string, never>, { type: string; from: string; to: string; props: Record<string, Encoded> }>(
  import.meta.url,
  'backup-ties.cypher',
  z.object({ type: text, from: text, to: text, props: encodedProps }),
);
const named = z.object({ name: text, count });
const countLabels = cypher<Record<string, never>, { name: string; count: number }>(import.meta.url, 'count-labels.cypher', named);
const countTypes = cypher<Record<string, never>, { name: string; count: number }>(import.meta.url, 'count-types.cypher', named);
const countAll = cypher<Record<string, never>, { nodes: number }>(import.meta.url, 'count-all.cypher', z.object({ nodes: count }));
const restoreKeyIndex = cypher<Record<string, never>, never>(import.meta.url, 'restore-key-index.cypher', z.never());
const dropRestoreKeyIndex = cypher<Record<string, never>, never>(import.meta.url, 'drop-restore-key-index.cypher', z.never());
const restoreNodes = cypher<{ rows: Array<{ key: string; labels: string[]; props: Record<string, unknown> }> }, { created: number }>(
  import.meta.url,
  'restore-nodes.cypher',
  z.object({ created: count }),
);
const restoreTies = cypher<{ rows: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }> }, { created: number }>(
  import.meta.url,
  'restore-ties.cypher',
  z.object({ created: count }),
);
const awaitIndexes = cypher<Record<string, never>, never>(import.meta.url, 'await-indexes.cypher', z.never());
const restoreUnmark = cypher<Record<string, never>, never>(import.meta.url, 'restore-unmark.cypher', z.never());

export type Counts = { labels: Record<string, number>; types: Record<string, number> };

const asRecord = (rows: Array<{ name: string; count: number }>) => Object.fromEntries(rows.map((r) => [r.name, r.count]));

/** What a reader in the backup's transaction can do: the graph as it is at the pause. */
export interface Snapshot {
  graphVersion: number;
  counts(): Promise<Counts>;
  nodes(onNode: (row: { key: string; labels: string[]; props: Record<string, Encoded> }) => Promise<void>): Promise<number>;
  ties(onTie: (row: { type: string; from: string; to: string; props: Record<string, Encoded> }) => Promise<void>): Promise<number>;
}

function snapshotOf(reader: LockedReader, graphVersion: number): Snapshot {
  return {
    graphVersion,
    counts: async () => ({ labels: asRecord(await reader.run(countLabels, {})), types: asRecord(await reader.run(countTypes, {})) }),
    nodes: (onNode) =>
      reader.stream(backupNodes, {}, onNode, (raw) => ({
        ...raw,
        props: encodeProps(raw.props as Record<string, unknown>, raw.ints as string[], `node ${String(raw.key)}`, [PAUSE_MARKER]),
      })),
    ties: (onTie) =>
      reader.stream(backupTies, {}, onTie, (raw) => ({
        ...raw,
        props: encodeProps(raw.props as Record<string, unknown>, raw.ints as string[], `${String(raw.type)} tie`),
      })),
  };
}

/** Holds the graph-version lock while `work` reads (writers wait), then rolls back. */
export function withWritesPaused<T>(db: DbClient, work: (snapshot: Snapshot) => Promise<T>): Promise<T> {
  return db.readWithLock(pauseWrites, (reader, [locked]) => work(snapshotOf(reader, locked?.version ?? 0)));
}

export class RestoreRepository {
  constructor(private readonly db: DbClient) {}

  async nodeCount(): Promise<number> {
    return (await this.db.read(countAll, {}))[0]?.nodes ?? 0;
  }

  async counts(): Promise<Counts> {
    return { labels: asRecord(await this.db.read(countLabels, {})), types: asRecord(await this.db.read(countTypes, {})) };
  }

  async prepare(): Promise<void> {
    await this.db.autoCommit(restoreKeyIndex, {});
    await this.db.autoCommit(awaitIndexes, {});
  }

  async writeNodes(rows: Array<{ key: string; labels: string[]; props: Record<string, unknown> }>): Promise<number> {
    return (await this.db.write(restoreNodes, { rows }))[0]?.created ?? 0;
  }

  async writeTies(rows: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }>): Promise<number> {
    return (await this.db.write(restoreTies, { rows }))[0]?.created ?? 0;
  }

  async finish(): Promise<void> {
    await this.db.autoCommit(restoreUnmark, {});
    await this.db.autoCommit(dropRestoreKeyIndex, {});
  }
}
