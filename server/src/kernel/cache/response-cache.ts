import { LRUCache } from 'lru-cache';
import { estimateBytes } from './analytics-cache.js';
import { stableJson } from './cache-key.js';

export interface ResponseCacheOptions {
  /** Most answers kept (default 2,000). */
  maxEntries?: number;
  /** Budget for the answers' estimated sizes, in bytes (default 128 MB). */
  maxBytes?: number;
}

export interface ResponseCacheStats {
  /** Served from a stored answer: no resolver ran. */
  hits: number;
  /** Looked up and not found (the answer is computed, then stored if it may be). */
  misses: number;
  /** Answers stored. */
  stored: number;
  /** Requests that read an older graph version than the newest seen: neither served nor stored. */
  stale: number;
  entries: number;
  bytes: number;
  /** The graph version the entries belong to (null before the first lookup). */
  version: number | null;
}

/** Everything a query's answer depends on besides the graph itself. */
export interface ResponseKeyParts {
  /** The graph version the request read with its viewer. */
  version: number;
  /** What the viewer may see and who they are (see `viewerKey`). */
  viewer: string;
  /** The day the server believes it is: "as of" defaults, due dates and flags follow it. */
  today: string;
  /** The language the answer's texts are written in (explanations, advice, summaries). */
  locale: string;
  /** Apollo's hash of the query text. */
  documentHash: string;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
}

/**
 * Whole answers to queries on an unchanged graph, so that a repeat runs no resolver and
 * asks the database nothing (the viewer and the version are remembered between writes:
 * kernel/auth/viewer-source.ts).
 *
 * Keyed by graph version, viewer, day, locale, document hash, operation name and variables. The
 * graph version is `(:GraphMeta {key:'graph'}).version`, bumped by every write in its own
 * transaction from any process. The viewer source forgets the version it knows when this
 * process or a sibling writes, and learns of other writes within its background read, so
 * a write changes the key of every later request.
 * When a newer version is seen every entry is dropped (none can be asked for again); a
 * request that read an older version than the newest seen began before a write and is
 * neither served nor stored.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, { value: object }>;
  /**
   * The JSON text of a stored answer's `data`, made the first time it is sent and kept with
   * it (weakly: dropped with the answer): a repeat is not serialized again. Only answers
   * this cache stores are here, so the text is the one their first sending produced.
   */
  private readonly texts = new WeakMap<object, string | null>();
  private current: number | null = null;
  private counters = { hits: 0, misses: 0, stored: 0, stale: 0 };

  constructor(options: ResponseCacheOptions = {}) {
    this.entries = new LRUCache({ max: options.maxEntries ?? 2_000, maxSize: options.maxBytes ?? 128 * 1024 * 1024 });
  }

  static key(parts: ResponseKeyParts): string {
    return [parts.version, parts.viewer, parts.today, parts.locale, parts.documentHash, parts.operationName ?? '', stableJson(parts.variables ?? {})].join('\u0000');
  }

  /** Moves to `version` when it is newer; false when the request read an older one. */
  private usable(version: number): boolean {
    if (this.current === null || version > this.current) {
      this.current = version;
      this.entries.clear();
      return true;
    }
    if (version < this.current) {
      this.counters.stale += 1;
      return false;
    }
    return true;
  }

  /** The stored answer for a request that read `version`, if any. */
  lookup(version: number, key: string): object | undefined {
    if (!this.usable(version)) return undefined;
    const stored = this.entries.get(key)?.value;
    if (stored) this.counters.hits += 1;
    else this.counters.misses += 1;
    return stored;
  }

  /** Keeps an answer computed for a request that read `version`, while that version is still the newest. */
  store(version: number, key: string, value: object): void {
    if (version !== this.current) return;
    this.entries.set(key, { value }, { size: Math.max(1, Math.round(estimateBytes(value))) });
    const data = (value as { data?: unknown }).data;
    if (typeof data === 'object' && data !== null) this.texts.set(data, null);
    this.counters.stored += 1;
  }

  /**
   * What Apollo sends for an answer (its `stringifyResult`): `{"data":...}` and a newline,
   * as Apollo's own, with the text of a stored answer's data made once.
   */
  stringify(result: { data?: unknown; errors?: unknown; extensions?: unknown }): string {
    const { data } = result;
    if (result.errors === undefined && result.extensions === undefined && typeof data === 'object' && data !== null && this.texts.has(data)) {
      let text = this.texts.get(data);
      if (!text) this.texts.set(data, (text = `{"data":${JSON.stringify(data)}}\n`));
      return text;
    }
    return `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;
  }

  clear(): void {
    this.entries.clear();
  }

  stats(): ResponseCacheStats {
    return { ...this.counters, entries: this.entries.size, bytes: this.entries.calculatedSize ?? 0, version: this.current };
  }
}

/**
 * Who the viewer is and what they may see, as a key part. The whole identity, not only the
 * territories: some answers depend on the user themself (`me`, a dossier's owner check,
 * "my" agenda, introductions from the viewer), so two users never share an answer.
 */
export function viewerKey(viewer: { userId: string; role: string; territoryIds: ReadonlySet<string> | null; teamIds: ReadonlySet<string>; preferredLocale?: string | null }): string {
  const territories = viewer.territoryIds === null ? '*' : [...viewer.territoryIds].sort().join(',');
  // The chosen language is part of who asks: `me` answers it, and it is no graph write.
  return `${viewer.userId}|${viewer.role}|${territories}|${[...viewer.teamIds].sort().join(',')}|${viewer.preferredLocale ?? ''}`;
}
