import neo4j from 'neo4j-driver';
import { BackupError } from './messages.js';

/**
 * The backup file: JSON lines. A header, every node, every relationship, and a footer with
 * the counts read in the same transaction, which the restore checks against the database.
 * Values keep their Neo4j types: floats are plain JSON numbers, integers and temporals
 * are tagged, so a restore writes back exactly what was read.
 */
export const BACKUP_FORMAT = 'kamgraph-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  kind: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  graphVersion: number;
}
export interface NodeLine {
  node: string;
  labels: string[];
  props: Record<string, Encoded>;
}
export interface TieLine {
  tie: string;
  from: string;
  to: string;
  props: Record<string, Encoded>;
}
export interface BackupFooter {
  kind: 'end';
  nodes: number;
  ties: number;
  labels: Record<string, number>;
  types: Record<string, number>;
}

type Scalar = string | number | boolean;
type Temporal = Record<string, number | string | null>;
export type Encoded =
  | Scalar
  | { int: number }
  | { date: string }
  | { datetime: Temporal }
  | { localdatetime: Temporal }
  | { duration: Temporal }
  | Encoded[];

/** Plain fields of a driver temporal (Integer parts made numbers). */
function fields(value: object): Temporal {
  const out: Temporal = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = neo4j.isInt(inner) ? (inner as { toNumber(): number }).toNumber() : (inner as number | string | null);
  }
  return out;
}

/** One driver value -> JSON; `integer` says Neo4j stored it as an integer (or a list of them). */
export function encodeValue(value: unknown, integer: boolean, where: string): Encoded {
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, integer, where));
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return integer ? { int: value } : value;
  if (neo4j.isInt(value)) return { int: (value as { toNumber(): number }).toNumber() };
  if (neo4j.isDate(value)) return { date: String(value) };
  if (neo4j.isDateTime(value)) return { datetime: fields(value as object) };
  if (neo4j.isLocalDateTime(value)) return { localdatetime: fields(value as object) };
  if (neo4j.isDuration(value)) return { duration: fields(value as object) };
  throw new BackupError('backup.unsupportedValue', { where });
}

export function encodeProps(props: Record<string, unknown>, ints: readonly string[], where: string, skip: readonly string[] = []): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!skip.includes(key)) out[key] = encodeValue(value, ints.includes(key), `${where}.${key}`);
  }
  return out;
}

const n = (v: number | string | null | undefined) => Number(v ?? 0);

/** JSON -> the driver value that writes the same Neo4j type back. */
export function decodeValue(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (typeof value !== 'object' || value === null) return value;
  if ('int' in value) return neo4j.int(value.int);
  if ('date' in value) {
    const [y, m, d] = value.date.split('-').map(Number) as [number, number, number];
    return new neo4j.types.Date(y, m, d);
  }
  if ('datetime' in value) {
    const t = value.datetime;
    return new neo4j.types.DateTime(
      n(t.year), n(t.month), n(t.day), n(t.hour), n(t.minute), n(t.second), n(t.nanosecond),
      t.timeZoneOffsetSeconds == null ? undefined : n(t.timeZoneOffsetSeconds),
      t.timeZoneId == null ? undefined : String(t.timeZoneId),
    );
  }
  if ('localdatetime' in value) {
    const t = value.localdatetime;
    return new neo4j.types.LocalDateTime(n(t.year), n(t.month), n(t.day), n(t.hour), n(t.minute), n(t.second), n(t.nanosecond));
  }
  const t = value.duration;
  return new neo4j.types.Duration(n(t.months), n(t.days), n(t.seconds), n(t.nanoseconds));
}

export function decodeProps(props: Record<string, Encoded>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, decodeValue(value)]));
}
