/**
 * The change feed's data: the dated facts changes are derived from (ties, people added,
 * tenders' status histories), the change log, watches and the inbox's read mark. The
 * only code that runs this module's Cypher; rows are checked and come out as plain values.
 */
import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { readGraphVersion } from '../../kernel/database/entities.js';
import { toNeo4jDate, toNeo4jInteger } from '../../kernel/database/plain.js';
import { count, isoDate, optionalDate, optionalNumber, optionalText, text, textList } from '../../kernel/database/rows.js';
import type { RecordedModel, WatchModel } from './models.js';
import { tieKey } from '../graph/model.js';
import type { ErasureHook } from '../privacy/erasure-hook.js';
import { withoutPersonalProps } from './rules/erase-removed-ties.js';
import { CHANGE_TIE_TYPES, isChangeTieType, type AddedFact, type FactKey, type StatusFact, type TieFact } from './rules/facts.js';
import { readWriteFootprints } from '../graph/graph-writer.js';

const tieRow = z.object({
  key: text,
  type: text,
  from: text,
  to: text,
  fromLabel: text,
  toLabel: text,
  since: optionalDate,
  until: optionalDate,
  strength: optionalNumber,
  confidence: optionalNumber,
  source: optionalText,
  role: optionalText,
  position: optionalText,
  head: z.boolean(),
  basis: optionalText,
  value: optionalNumber,
  stage: optionalText,
  previous: z.object({ value: optionalNumber, stage: optionalText }).nullable(),
  replaced: z.boolean(),
});
type TieRow = z.infer<typeof tieRow>;
type Window = { from: unknown; to: unknown };

const tieFactsOfPeople = cypher<{ ids: readonly string[]; types: readonly string[]; termTo: unknown } & Window, TieRow>(
  import.meta.url,
  'tie-facts-of-people.cypher',
  tieRow,
);
const tieFactsByKeys = cypher<{ ties: Array<{ key: string; from: string; to: string }>; types: readonly string[] }, TieRow>(
  import.meta.url,
  'tie-facts-by-keys.cypher',
  tieRow,
);
const peopleAdded = cypher<{ ids: readonly string[]; added: readonly string[] } & Window, { personId: string; on: string | null }>(
  import.meta.url,
  'people-added.cypher',
  z.object({ personId: text, on: optionalDate }),
);
const tenderStatuses = cypher<{ ids: readonly string[]; tenderIds: readonly string[] }, { tenderId: string; history: string[]; peopleIds: string[] }>(
  import.meta.url,
  'tender-statuses.cypher',
  z.object({ tenderId: text, history: textList, peopleIds: textList }),
);
const logRow = z.object({ version: count, on: isoDate, by: optionalText, facts: textList, removed: textList });
export type LogEvent = z.infer<typeof logRow>;
const changeLog = cypher<{ afterVersion: unknown } & Window, LogEvent>(import.meta.url, 'change-log.cypher', logRow);
const namesByIds = cypher<{ ids: readonly string[] }, { id: string; name: string; label: string }>(
  import.meta.url,
  'names-by-ids.cypher',
  z.object({ id: text, name: text, label: text }),
);
const watchRow = z.object({ entityId: text, label: text, since: isoDate });
const watchQuery = cypher<{ userId: string; id: string; today: unknown; key: string }, WatchModel>(import.meta.url, 'watch.cypher', watchRow);
const unwatchQuery = cypher<{ userId: string; id: string }, WatchModel>(import.meta.url, 'unwatch.cypher', watchRow);
const watchesOfUser = cypher<{ userId: string }, { watches: WatchModel[]; readOn: string | null; readVersion: number | null }>(
  import.meta.url,
  'watches-of-user.cypher',
  z.object({ watches: z.array(watchRow), readOn: optionalDate, readVersion: count.nullable() }),
);
const markInboxReadQuery = cypher<{ userId: string; today: unknown; version: unknown; rankings: KeptRanking[] }, { readOn: string }>(
  import.meta.url,
  'mark-inbox-read.cypher',
  z.object({ readOn: isoDate }),
);
const readRankings = cypher<{ userId: string }, KeptRanking>(import.meta.url, 'read-rankings.cypher', z.object({ scopeId: text, entries: textList }));

/** A watched scope's ranking as kept when the inbox was read (entries: see rules/rank-moves.ts, keptEntries). */
export interface KeptRanking {
  scopeId: string;
  entries: string[];
}

/** A status history entry: `YYYY-MM-DD status`. */
const STATUS_ENTRY = /^(\d{4}-\d{2}-\d{2})\s+(\S+)/;

function toTieFact(row: TieRow): TieFact | null {
  if (!isChangeTieType(row.type)) return null;
  return { ...row, type: row.type };
}

/** A tie key's ends (`type|from|to|since`; ids hold no `|`). */
function splitKey(key: string): { key: string; from: string; to: string } | null {
  const parts = key.split('|');
  return parts.length === 4 ? { key, from: parts[1]!, to: parts[2]! } : null;
}

export interface UserWatches {
  watches: WatchModel[];
  readOn: string | null;
  readVersion: number | null;
}

export class ChangeRepository {
  constructor(private readonly db: DbClient) {}

  /** Ties of these people begun in the window, or ending in it or up to `termTo`. */
  async tieFactsOfPeople(ids: readonly string[], from: string, to: string, termTo: string): Promise<TieFact[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read(tieFactsOfPeople, { ids, types: CHANGE_TIE_TYPES, from: toNeo4jDate(from), to: toNeo4jDate(to), termTo: toNeo4jDate(termTo) });
    return rows.map(toTieFact).filter((f): f is TieFact => f !== null);
  }

  /** Ties named by tie keys (from the change log). */
  async tieFactsByKeys(keys: readonly string[]): Promise<TieFact[]> {
    const ties = keys.map(splitKey).filter((k): k is NonNullable<typeof k> => k !== null);
    if (ties.length === 0) return [];
    const rows = await this.db.read(tieFactsByKeys, { ties, types: CHANGE_TIE_TYPES });
    return rows.map(toTieFact).filter((f): f is TieFact => f !== null);
  }

  /** People of a list added in the window, or named as added by the log (`addedOn` missing: the log's day). */
  async peopleAdded(ids: readonly string[], from: string, to: string, added: ReadonlyMap<string, string>): Promise<AddedFact[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read(peopleAdded, { ids, from: toNeo4jDate(from), to: toNeo4jDate(to), added: [...added.keys()] });
    return rows.map((r) => ({ personId: r.personId, on: r.on ?? added.get(r.personId) ?? to }));
  }

  /** Every status history entry of the tenders given and of those where these people hold a role or draft. */
  async tenderStatuses(ids: readonly string[], tenderIds: readonly string[]): Promise<StatusFact[]> {
    const rows = await this.db.read(tenderStatuses, { ids, tenderIds });
    const facts: StatusFact[] = [];
    for (const row of rows) {
      let before: string | null = null;
      const entries = row.history
        .map((entry) => STATUS_ENTRY.exec(entry))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ on: m[1]!, status: m[2]! }))
        .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
      for (const entry of entries) {
        facts.push({ tenderId: row.tenderId, on: entry.on, status: entry.status, before, peopleIds: row.peopleIds });
        before = entry.status;
      }
    }
    return facts;
  }

  /** Change log events written on the days of a window. */
  logOfWindow(from: string, to: string): Promise<LogEvent[]> {
    return this.db.read(changeLog, { from: toNeo4jDate(from), to: toNeo4jDate(to), afterVersion: null });
  }

  /** Change log events after a graph version, oldest first. */
  logAfter(version: number): Promise<LogEvent[]> {
    return this.db.read(changeLog, { from: null, to: null, afterVersion: toNeo4jInteger(version) });
  }

  /** The graph version with the footprints of the last writes (modules/graph/rules/write-footprint.ts). */
  footprints(): Promise<{ version: number; footprints: string[] }> {
    return readWriteFootprints(this.db);
  }

  graphVersion(): Promise<number> {
    return readGraphVersion(this.db);
  }

  async names(ids: readonly string[]): Promise<Map<string, { name: string; label: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.read(namesByIds, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [r.id, { name: r.name, label: r.label }]));
  }

  async watch(userId: string, id: string, today: string): Promise<WatchModel | null> {
    const [row] = await this.db.write(watchQuery, { userId, id, today: toNeo4jDate(today), key: tieKey({ from: userId, to: id, type: 'WATCHES', since: today }) });
    return row ?? null;
  }

  async unwatch(userId: string, id: string): Promise<WatchModel | null> {
    const [row] = await this.db.write(unwatchQuery, { userId, id });
    return row ?? null;
  }

  async watches(userId: string): Promise<UserWatches> {
    const [row] = await this.db.read(watchesOfUser, { userId });
    return row ?? { watches: [], readOn: null, readVersion: null };
  }

  /** Marks the inbox read and keeps the watched scopes' rankings as they stand, in one transaction. */
  async markInboxRead(userId: string, today: string, version: number, rankings: readonly KeptRanking[]): Promise<string | null> {
    const [row] = await this.db.write(markInboxReadQuery, { userId, today: toNeo4jDate(today), version: toNeo4jInteger(version), rankings: [...rankings] });
    return row?.readOn ?? null;
  }

  /** The rankings kept at the user's last read, by scope id. */
  async keptRankings(userId: string): Promise<Map<string, string[]>> {
    const rows = await this.db.read(readRankings, { userId });
    return new Map(rows.map((r) => [r.scopeId, r.entries]));
  }
}

/** The log's events as recorded facts: fact key -> the latest write that recorded it. */
export function recordedFacts(events: readonly LogEvent[]): Map<FactKey, RecordedModel> {
  const out = new Map<FactKey, RecordedModel>();
  for (const event of events) for (const fact of event.facts) out.set(fact, { on: event.on, by: event.by, version: event.version });
  return out;
}

const changeLogOfPerson = cypher<{ personId: string }, { version: number; removed: string[] }>(
  import.meta.url,
  'erasure-change-log.cypher',
  z.object({ version: count, removed: textList }),
);
const rewriteChangeLog = cypher<{ rows: Array<{ version: unknown; removed: string[] }> }, { changed: number }>(
  import.meta.url,
  'erasure-rewrite-change-log.cypher',
  z.object({ changed: count }),
);
const anonymiseWebhookBodies = cypher<{ personId: string; formerName: string; placeholder: string }, { changed: number }>(
  import.meta.url,
  'erasure-webhook-bodies.cypher',
  z.object({ changed: count }),
);

/**
 * What the change feed keeps about a person: the personal properties of the ties it
 * deleted (in the change log), and the name in the summaries of webhook deliveries. The
 * feed itself renders names when it is read, so an erased person appears there as the
 * placeholder without a rewrite. A retention run (dossier scope) leaves webhook bodies as
 * they are: they never carry dossier contents.
 */
export const changesErasure: ErasureHook = {
  module: 'changes',
  holds: 'deleted ties kept in the change log (their personal properties); names in webhook delivery bodies',
  async erase(tx, subject) {
    const rows = (await tx.run(changeLogOfPerson, { personId: subject.personId })).flatMap((event) => {
      const removed = withoutPersonalProps(event.removed, subject.personId);
      return removed ? [{ version: toNeo4jInteger(event.version), removed }] : [];
    });
    const rewritten = rows.length > 0 ? ((await tx.run(rewriteChangeLog, { rows }))[0]?.changed ?? 0) : 0;
    if (subject.scope !== 'person' || subject.formerName.trim() === '') return rewritten;
    const [bodies] = await tx.run(anonymiseWebhookBodies, { personId: subject.personId, formerName: subject.formerName, placeholder: subject.placeholder });
    return rewritten + (bodies?.changed ?? 0);
  },
};
