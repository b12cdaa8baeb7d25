import { DbClient } from '../database/db-client.js';
import { readGraphVersion } from '../database/entities.js';
import type { Logger } from '../logger.js';
import { loadViewerAndVersion } from './access.js';
import type { Viewer } from './viewer.js';

export interface ViewerAndVersion {
  viewer: Viewer | null;
  /** The graph version every cache is keyed on; null when the user is unknown. */
  graphVersion: number | null;
}

/** Tells the other server processes of this machine that the graph was written (cluster.ts). */
export interface SiblingRelay {
  /** Resolves once every other process has forgotten what it knew (or was given up on). */
  announceWrite(): Promise<void>;
}

export interface ViewerSourceOptions {
  /**
   * How often the graph version is read in the background, in ms, to learn of writes made
   * outside this machine's server processes (the CLI, other machines). 0: no background
   * read; the viewer and the version are read with every request instead.
   */
  checkMs: number;
  /**
   * The other processes of a WORKERS=n cluster, given the call that makes this source
   * forget (for their writes); absent or null for one process.
   */
  siblings?: (forget: () => void) => SiblingRelay | null;
  logger?: Logger;
}

/**
 * Who is asking and the graph version, for every request. Read from Neo4j with every
 * request (`checkMs: 0`), or known: a process remembers the version and each user's viewer
 * until the graph may have changed, so that a repeat answered by the response cache asks
 * the database nothing.
 *
 * What is known is forgotten at once when this process commits a write (its database
 * client says so before the write's caller goes on), when another process of the same
 * cluster does (it waits for every sibling to forget before its write's answer leaves),
 * and within `checkMs` of any other write (the background read sees a new version). The
 * viewers are also forgotten at every background read, so a change to a user that moves
 * no version (the language they chose), made on another machine, is seen within `checkMs`.
 *
 * A read that was under way while something was forgotten is used for its own request
 * but not remembered (`epoch`), so an answer read before a write is never kept as newer.
 */
export class ViewerSource {
  private version: number | null = null;
  private readonly viewers = new Map<string, Viewer | null>();
  private epoch = 0;
  private readonly timer: NodeJS.Timeout | null;
  private readonly unsubscribe: () => void;
  private readonly relay: SiblingRelay | null;
  /** Its own client: the background read never counts in a request's round trips. */
  private readonly background: DbClient;

  constructor(
    private readonly db: DbClient,
    private readonly options: ViewerSourceOptions,
  ) {
    this.unsubscribe = db.onCommitted(() => this.written());
    this.background = new DbClient(db.driver, db.database);
    this.relay = options.checkMs > 0 ? (options.siblings?.(() => this.forget()) ?? null) : null;
    this.timer = options.checkMs > 0 ? setInterval(() => void this.checkForOtherWrites(), options.checkMs) : null;
    this.timer?.unref();
  }

  /** A source that reads with every request: what tests and embedders that write around the server get. */
  static readEveryRequest(db: DbClient): ViewerSource {
    return new ViewerSource(db, { checkMs: 0 });
  }

  /** Whether this source answers from memory between writes. */
  get remembers(): boolean {
    return this.timer !== null;
  }

  async viewerAndVersion(userId: string, today: string): Promise<ViewerAndVersion> {
    if (!this.remembers) return loadViewerAndVersion(this.db, userId, today);
    const key = `${userId}\u0000${today}`;
    const viewer = this.viewers.get(key);
    if (this.version !== null && viewer !== undefined) return { viewer, graphVersion: viewer ? this.version : null };
    const epoch = this.epoch;
    const read = await loadViewerAndVersion(this.db, userId, today);
    if (epoch === this.epoch && read.viewer && read.graphVersion !== null) {
      // A version other than the one known means a write this process was not told of.
      if (this.version !== null && read.graphVersion !== this.version) this.forget();
      else {
        this.version = read.graphVersion;
        this.viewers.set(key, read.viewer);
      }
    }
    return read;
  }

  /** This process wrote: forget here, then in every sibling before the writer goes on. */
  async written(): Promise<void> {
    this.forget();
    if (!this.relay) return;
    try {
      await this.relay.announceWrite();
    } catch (error) {
      this.options.logger?.error({ err: error }, 'Could not tell the other server processes of a write');
    }
  }

  /** Forgets the version and every viewer (a write here or in a sibling). */
  forget(): void {
    this.epoch += 1;
    this.version = null;
    this.viewers.clear();
  }

  /** The background read: a version other than the one known means a write from elsewhere. */
  async checkForOtherWrites(): Promise<void> {
    const epoch = this.epoch;
    try {
      const version = await readGraphVersion(this.background);
      if (epoch !== this.epoch) return;
      if (this.version !== null && version !== this.version) this.forget();
      else this.viewers.clear();
    } catch {
      // The database is away: forget, so requests read (and report the outage) themselves.
      this.forget();
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe();
  }
}
