import { createHash } from 'node:crypto';
import { BadInputError } from '../errors.js';
import { message } from '../i18n/catalogue.js';

/**
 * Relay-style connections (`edges { node cursor }`, `pageInfo`, `totalCount`) over lists
 * read a page at a time. A cursor names the list and the filter it was given for, so an
 * `after` from another query is refused rather than silently paging something else.
 */
export interface Page {
  offset: number;
  limit: number;
}

export interface ConnectionModel<T> {
  edges: Array<{ node: T; cursor: string }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

interface CursorBody {
  /** The list (query or field) the cursor belongs to. */
  l: string;
  /** A hash of the filter it was given for. */
  f: string;
  /** Offset of the item the cursor points at. */
  o: number;
}

function filterHash(filter: unknown): string {
  return createHash('sha256').update(JSON.stringify(filter ?? null)).digest('base64url').slice(0, 12);
}

function encode(body: CursorBody): string {
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function decode(cursor: string): CursorBody | null {
  try {
    const body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody>;
    if (typeof body.l === 'string' && typeof body.f === 'string' && Number.isInteger(body.o) && body.o! >= 0) return body as CursorBody;
  } catch {
    // not ours: reported below
  }
  return null;
}

export interface PageOptions {
  /** Items in a page when `first` is not given. */
  defaultFirst: number;
  /** The most a client may ask for. */
  maxFirst: number;
}

/** Checks `first` and `after` for a list and filter, and says which slice to read. */
export function pageOf(list: string, filter: unknown, args: { first?: number | null; after?: string | null }, options: PageOptions): Page {
  const first = args.first ?? options.defaultFirst;
  if (!Number.isInteger(first) || first < 1 || first > options.maxFirst) {
    throw new BadInputError('first', message('api.wholeNumberRange', { min: 1, max: options.maxFirst, got: String(first) }));
  }
  if (args.after === null || args.after === undefined || args.after === '') return { offset: 0, limit: first };
  const body = decode(args.after);
  if (!body) throw new BadInputError('after', message('api.cursorForeign'));
  if (body.l !== list || body.f !== filterHash(filter)) {
    throw new BadInputError('after', message('api.cursorOtherList', { list }));
  }
  return { offset: body.o + 1, limit: first };
}

/** The connection for one page of `nodes`, read at `page`, out of `totalCount`. */
export function connectionOf<T>(list: string, filter: unknown, page: Page, nodes: T[], totalCount: number): ConnectionModel<T> {
  const f = filterHash(filter);
  const edges = nodes.map((node, i) => ({ node, cursor: encode({ l: list, f, o: page.offset + i }) }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A connection over a list already in memory (computed answers such as a ranking). */
export function connectionOfList<T>(list: string, filter: unknown, args: { first?: number | null; after?: string | null }, options: PageOptions, all: readonly T[]): ConnectionModel<T> {
  const page = pageOf(list, filter, args, options);
  return connectionOf(list, filter, page, all.slice(page.offset, page.offset + page.limit), all.length);
}

/**
 * A connection over ids a repository found (in order), keeping only those the viewer may
 * see before paging, so totals and pages agree with what the viewer is shown.
 */
export async function visibleConnection<T>(
  list: string,
  filter: unknown,
  args: { first?: number | null; after?: string | null },
  options: PageOptions,
  ids: readonly string[],
  visible: (ids: readonly string[]) => Promise<ReadonlySet<string>>,
  load: (ids: readonly string[]) => Promise<T[]>,
): Promise<ConnectionModel<T>> {
  const page = pageOf(list, filter, args, options);
  const seen = await visible(ids);
  const kept = ids.filter((id) => seen.has(id));
  return connectionOf(list, filter, page, await load(kept.slice(page.offset, page.offset + page.limit)), kept.length);
}

/** The usual page sizes: 50 by default, at most 500. */
export const LIST_PAGE: PageOptions = { defaultFirst: 50, maxFirst: 500 };
