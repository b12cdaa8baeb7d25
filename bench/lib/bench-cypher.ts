import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cypher');

/** A bench-only statement from `bench/cypher/` (the app's registry only reads `cypher/`). */
export function benchCypher<Row>(file: string): { name: string; text: string; __row?: Row } {
  const text = readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
  return { name: file, text };
}
