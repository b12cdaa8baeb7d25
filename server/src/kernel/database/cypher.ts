import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/**
 * What checks a row at run time: a zod schema, or one of the positional decoders in
 * rows.ts (a zod schema too). A row that does not match fails the request loudly, naming
 * the statement, instead of flowing on as a wrongly typed value.
 */
export type RowSchema<Row> = z.ZodType<Row, unknown>;

/** A named Cypher statement, declared once, with its parameter type and its checked row. */
export interface CypherStatement<Params extends Record<string, unknown>, Row> {
  /** `modules/<module>/cypher/<file>.cypher`, relative to server/src: names it in errors. */
  readonly name: string;
  readonly text: string;
  readonly row: RowSchema<Row>;
  /**
   * The statement returns only strings, numbers, booleans, nulls and lists of them (it
   * turns dates into strings itself), so its rows are checked as the driver gives them,
   * without first being copied into plain values (plain.ts): for projections of hundreds
   * of thousands of positional rows the copy cost more than the check. A value of another
   * type still fails the row check.
   */
  readonly scalarRows?: boolean;
  /** Never read; carries the parameter type so every call site says what it sends. */
  readonly __params?: Params;
}

const SERVER_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const declared = new Map<string, CypherStatement<Record<string, unknown>, unknown>>();

/**
 * Declares the statement in `cypher/<file>` next to the calling module (pass the module's
 * `import.meta.url`). Each file is declared exactly once in the whole server: a second
 * declaration throws at start-up, so two call sites can never disagree about its rows.
 */
export function cypher<Params extends Record<string, unknown>, Row>(
  moduleUrl: string,
  file: string,
  row: RowSchema<Row>,
  options: { scalarRows?: boolean } = {},
): CypherStatement<Params, Row> {
  const full = path.join(path.dirname(fileURLToPath(moduleUrl)), 'cypher', file);
  const name = path.relative(SERVER_SRC, full);
  if (declared.has(name)) throw new Error(`${name} is declared twice; declare each statement once, in its module's repository.`);
  const statement: CypherStatement<Params, Row> = { name, text: stripComments(readFileSync(full, 'utf8')), row, ...(options.scalarRows ? { scalarRows: true } : {}) };
  declared.set(name, statement as CypherStatement<Record<string, unknown>, unknown>);
  return statement;
}

/** Every statement declared so far (tests check that each .cypher file is declared once). */
export function declaredStatements(): string[] {
  return [...declared.keys()];
}

/** Schema files hold several `;`-terminated statements. */
export function cypherStatements(file: string): string[] {
  return stripComments(readFileSync(file, 'utf8'))
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
