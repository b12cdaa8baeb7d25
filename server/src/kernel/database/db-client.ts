import { isRetryableError, type Driver, type ManagedTransaction, type ResultSummary, type Transaction } from 'neo4j-driver';
import type { CypherStatement } from './cypher.js';
import { toPlain } from './plain.js';
import { retryOnLockConflict } from './retry.js';

/** What a statement run by the driver answers, however it was run. */
type StatementResult = { records: Array<{ toObject(): Record<string, unknown> }>; summary: ResultSummary };

/** A statement's rows did not match what its declaration promises. */
export class RowShapeError extends Error {
  constructor(statement: string, index: number, detail: string) {
    super(`${statement}: row ${index} does not match its declared shape: ${detail}`);
  }
}

/** Told about every statement run: the benchmark attributes the database's own time to requests. */
export type QueryObserver = (statement: string, summary: ResultSummary, wallMs: number) => void;

/** Runs statements inside one write transaction (see DbClient.writeTransaction). */
export interface WriteTransaction {
  run<P extends Record<string, unknown>, R>(statement: CypherStatement<P, R>, params: P): Promise<R[]>;
}

/** Reads inside the transaction that holds `lock` (see DbClient.readWithLock). */
export interface LockedReader {
  run<P extends Record<string, unknown>, R>(statement: CypherStatement<P, R>, params: P): Promise<R[]>;
  /**
   * Streams a large result row by row (awaiting `onRow`, so a slow file write holds the
   * database back instead of filling memory). `convert` replaces the usual conversion to
   * plain values when the caller must keep the driver's types (backups). Returns the count.
   */
  stream<P extends Record<string, unknown>, R>(
    statement: CypherStatement<P, R>,
    params: P,
    onRow: (row: R) => void | Promise<void>,
    convert?: (record: Record<string, unknown>) => unknown,
  ): Promise<number>;
}

/**
 * The one way the server runs Cypher: declared statements, parameters only, reads routed
 * to readers (clusters), rows converted to plain values and checked against the
 * statement's row schema. Every write goes through here too (the API's, import and seed),
 * retried when it loses a lock race. `roundTrips` counts database calls so tests can
 * prove a request does not grow its queries with its rows.
 */
export class DbClient {
  roundTrips = 0;
  private readonly committedListeners = new Set<() => Promise<void> | void>();

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly observer?: QueryObserver,
  ) {}

  /**
   * One statement in its own read transaction. It runs auto-commit: the statement and its
   * rows in one exchange with the database, where a managed transaction adds a second one
   * to commit (a read has nothing to commit, and each statement is its own transaction
   * either way). A failure the driver calls retryable (a cluster member going away) is
   * run again as a managed transaction, which the driver retries as it does every
   * transaction.
   */
  async read<P extends Record<string, unknown>, R>(statement: CypherStatement<P, R>, params: P): Promise<R[]> {
    // A read commits nothing, so running it again cannot do anything twice.
    return this.runAutoCommit(statement, params, 'READ', () => this.driver.executeQuery(statement.text, params, { database: this.database, routing: 'READ' }));
  }

  /**
   * Calls `listener` after each write this client commits, and waits for it before the
   * write's caller goes on (what a process remembers of the graph is forgotten first:
   * kernel/auth/viewer-source.ts). Returns the call that stops listening.
   */
  onCommitted(listener: () => Promise<void> | void): () => void {
    this.committedListeners.add(listener);
    return () => this.committedListeners.delete(listener);
  }

  private async committed(): Promise<void> {
    for (const listener of this.committedListeners) await listener();
  }

  /** One statement in its own write transaction. */
  async write<P extends Record<string, unknown>, R>(statement: CypherStatement<P, R>, params: P): Promise<R[]> {
    return this.writeTransaction((tx) => tx.run(statement, params));
  }

  /**
   * Several statements in one transaction: all of them or none. The work may run again
   * when the transaction loses a lock race, so it must not have side effects outside it.
   */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    let result: T;
    try {
      result = await retryOnLockConflict(() => session.executeWrite((tx) => work(this.wrap(tx))));
    } finally {
      await session.close();
    }
    await this.committed();
    return result;
  }

  /**
   * A statement that manages its own transactions (`CALL {} IN TRANSACTIONS`), which
   * Neo4j runs only outside an explicit transaction.
   */
  async autoCommit<P extends Record<string, unknown>, R>(statement: CypherStatement<P, R>, params: P): Promise<R[]> {
    try {
      return await this.runAutoCommit(statement, params, 'WRITE');
    } finally {
      // Batches already committed stay written when a later one fails.
      await this.committed();
    }
  }

  /** One statement outside an explicit transaction; `rerun` (if given) answers instead after a retryable failure. */
  private async runAutoCommit<P extends Record<string, unknown>, R>(
    statement: CypherStatement<P, R>,
    params: P,
    accessMode: 'READ' | 'WRITE',
    rerun?: () => Promise<StatementResult>,
  ): Promise<R[]> {
    this.roundTrips += 1;
    const started = performance.now();
    const session = this.driver.session({ database: this.database, defaultAccessMode: accessMode });
    let result: StatementResult;
    try {
      result = await withoutCallSite(() => session.run(statement.text, params));
    } catch (error) {
      if (!rerun || !isRetryableError(error)) throw namingStatement(error, statement.name);
      result = await rerun();
    } finally {
      await session.close();
    }
    this.observer?.(statement.name, result.summary, performance.now() - started);
    return checkRows(statement, result.records.map((record) => record.toObject()));
  }

  /**
   * Runs `lock` (a statement that takes write locks) in a transaction, then lets `work`
   * read in the same transaction while those locks are held, and rolls everything back:
   * what `lock` wrote is never stored. Writers that need the same locks wait meanwhile.
   */
  async readWithLock<L, T>(lock: CypherStatement<Record<string, never>, L>, work: (reader: LockedReader, locked: L[]) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    const tx = session.beginTransaction();
    try {
      const reader = this.lockedReader(tx);
      return await work(reader, await reader.run(lock, {}));
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
  }

  private lockedReader(tx: Transaction): LockedReader {
    return {
      run: async (statement, params) => {
        this.roundTrips += 1;
        const result = await runInTransaction(tx, statement, params);
        return checkRows(statement, result.records.map((record) => record.toObject()));
      },
      stream: async (statement, params, onRow, convert) => {
        this.roundTrips += 1;
        let index = 0;
        const records = withoutCallSite(() => tx.run(statement.text, params));
        try {
          for await (const record of records) {
            const raw = record.toObject();
            const [row] = checkRows(statement, [convert ? (convert(raw) as Record<string, unknown>) : raw], index, !convert);
            await onRow(row!);
            index += 1;
          }
        } catch (error) {
          throw namingStatement(error, statement.name);
        }
        return index;
      },
    };
  }

  private wrap(tx: ManagedTransaction): WriteTransaction {
    return {
      run: async (statement, params) => {
        this.roundTrips += 1;
        const started = performance.now();
        const result = await runInTransaction(tx, statement, params);
        this.observer?.(statement.name, result.summary, performance.now() - started);
        return checkRows(statement, result.records.map((record) => record.toObject()));
      },
    };
  }
}

/**
 * Starts a statement (`start` creates the driver's Result) without the call site the
 * driver captures for every statement so that a failure's stack points at its caller:
 * under tsx each of those stacks is source-mapped frame by frame, which cost a person's
 * detail more than decoding its rows. A failure keeps the database's message and code;
 * the error names its statement instead (`namingStatement`).
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A statement run in a transaction, started without a call site; a failure names it. */
async function runInTransaction(tx: Transaction | ManagedTransaction, statement: { text: string; name: string }, params: Record<string, unknown>): Promise<StatementResult> {
  try {
    return await withoutCallSite(() => tx.run(statement.text, params));
  } catch (error) {
    throw namingStatement(error, statement.name);
  }
}

/** Adds the failed statement's name to a database error (logged with it), once. */
function namingStatement(error: unknown, name: string): unknown {
  if (typeof error === 'object' && error !== null && !('statement' in error)) Object.assign(error, { statement: name });
  return error;
}

function checkRows<P extends Record<string, unknown>, R>(
  statement: CypherStatement<P, R>,
  records: Array<Record<string, unknown>>,
  firstIndex = 0,
  plain = true,
): R[] {
  const rows = new Array<R>(records.length);
  for (let i = 0; i < records.length; i += 1) {
    const parsed = statement.row.safeParse(plain && !statement.scalarRows ? toPlain(records[i]) : records[i]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RowShapeError(statement.name, firstIndex + i, `${issue?.path.join('.') || '(row)'}: ${issue?.message ?? 'invalid'}`);
    }
    rows[i] = parsed.data;
  }
  return rows;
}
