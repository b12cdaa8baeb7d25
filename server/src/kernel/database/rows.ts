import { z } from 'zod';

/**
 * Building blocks for row schemas. Rows reach the schemas already converted to plain
 * values (plain.ts): Neo4j dates as ISO strings, integers as numbers.
 */
export const text = z.string();
export const optionalText = z.string().nullable();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const optionalDate = isoDate.nullable();
export const count = z.number().int().nonnegative();
export const optionalNumber = z.number().nullable();
export const textList = z.array(z.string());
/** A property that may be absent on old data: null when missing. */
export const optionalBoolean = z.boolean().nullable();

/** A field of a positional row: its JavaScript type, `?` when it may be null, or the closed list it is one of. */
type FieldKind = 'string' | 'string?' | 'number' | 'number?' | 'boolean' | 'boolean?' | readonly string[];

type Decoded<K> = K extends 'string'
  ? string
  : K extends 'string?'
    ? string | null
    : K extends 'number'
      ? number
      : K extends 'number?'
        ? number | null
        : K extends 'boolean'
          ? boolean
          : K extends 'boolean?'
            ? boolean | null
            : K extends readonly (infer V)[]
              ? V
              : never;

export type PositionalRow<S extends Record<string, FieldKind>> = { [K in keyof S]: Decoded<S[K]> };

function matches(kind: FieldKind, value: unknown): boolean {
  if (typeof kind !== 'string') return typeof value === 'string' && kind.includes(value);
  const nullable = kind.endsWith('?');
  if (value === null || value === undefined) return nullable;
  return typeof value === kind.replace('?', '');
}

/**
 * A list of positional rows (`[id, name, optedOut]`), decoded into objects and checked in
 * one pass. Large projections are returned as lists rather than maps because decoding
 * maps in the driver cost more than the query; the positions are declared here, once,
 * in the order of the Cypher's list, and a list that drifts from them (arity or type)
 * fails the request instead of being read wrongly. Written by hand rather than as a zod
 * tuple per row: a 10,000-person territory holds tens of thousands of rows, and zod
 * copies every one of them.
 */
export function positionalList<const S extends Record<string, FieldKind>>(spec: S): z.ZodType<Array<PositionalRow<S>>, unknown> {
  const fields = Object.entries(spec);
  return z.unknown().transform((value, ctx) => {
    if (!Array.isArray(value)) {
      ctx.issues.push({ code: 'custom', message: 'expected a list of positional rows', input: value });
      return z.NEVER;
    }
    const out = new Array<PositionalRow<S>>(value.length);
    for (let i = 0; i < value.length; i += 1) {
      const tuple = value[i] as unknown[];
      if (!Array.isArray(tuple) || tuple.length !== fields.length) {
        ctx.issues.push({ code: 'custom', message: `row ${i}: expected ${fields.length} values (${fields.map(([n]) => n).join(', ')})`, input: tuple });
        return z.NEVER;
      }
      const row: Record<string, unknown> = {};
      for (let f = 0; f < fields.length; f += 1) {
        const [name, kind] = fields[f]!;
        const cell = tuple[f] ?? null;
        if (!matches(kind, cell)) {
          ctx.issues.push({ code: 'custom', message: `row ${i}, ${name}: expected ${typeof kind === 'string' ? kind : kind.join(' | ')}, got ${JSON.stringify(cell)}`, input: cell });
          return z.NEVER;
        }
        row[name] = cell;
      }
      out[i] = row as PositionalRow<S>;
    }
    return out;
  });
}
