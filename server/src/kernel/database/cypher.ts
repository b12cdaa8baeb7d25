import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/**
 * A named Cypher statement loaded from `cypher/`, typed by its parameters and rows.
 * The types are phantom: they make every call site say what it sends and expects.
 */
export interface CypherQuery<Params extends Record<string, unknown>, Row> {
  readonly name: string;
  readonly text: string;
  /** Never read; carries the parameter and row types. */
  readonly __types?: { params: Params; row: Row };
}

const cache = new Map<string, string>();

export function cypherFile<Params extends Record<string, unknown>, Row>(relativePath: string): CypherQuery<Params, Row> {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = stripComments(readFileSync(path.join(CYPHER_DIR, relativePath), 'utf8'));
    cache.set(relativePath, text);
  }
  return { name: relativePath, text };
}

/** Schema files hold several `;`-terminated statements. */
export function cypherStatements(relativePath: string): string[] {
  return stripComments(readFileSync(path.join(CYPHER_DIR, relativePath), 'utf8'))
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
