import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cypher, declaredStatements } from '../../server/src/kernel/database/cypher.js';
import { positionalList } from '../../server/src/kernel/database/rows.js';
// Everything that declares statements: the API's modules, and what only the CLIs use.
import '../../server/src/modules/index.js';
import '../../server/src/context.js';
import '../../server/src/modules/import-export/import-folder.js';
import '../../server/src/modules/import-export/export-folder.js';
import '../../server/src/modules/backup/backup.js';
import '../../server/src/kernel/auth/sign-in.js';

const SERVER_SRC = path.resolve(import.meta.dirname, '../../server/src');

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // Schema and migration files are applied whole at start-up (apply-schema.ts), not declared.
    if (entry.isDirectory()) return entry.name === 'schema' || entry.name === 'migrations' ? [] : cypherFiles(full);
    return entry.name.endsWith('.cypher') ? [path.relative(SERVER_SRC, full)] : [];
  });
}

describe('the Cypher registry', () => {
  it('declares every statement file once, in the module that owns it', () => {
    expect([...declaredStatements()].sort()).toEqual(cypherFiles(SERVER_SRC).sort());
  });

  it('refuses a second declaration of the same file', () => {
    const here = path.join(SERVER_SRC, 'modules', 'people', 'repository.ts');
    expect(() => cypher(`file://${here}`, 'people-by-ids.cypher', z.object({}))).toThrow(/declared twice/);
  });

  it('decodes positional rows and names the row and field that drift from their declaration', () => {
    const rows = positionalList({ id: 'string', strength: 'number?', kind: ['a', 'b'] as const });
    expect(rows.parse([['x', 0.5, 'a'], ['y', null, 'b']])).toEqual([
      { id: 'x', strength: 0.5, kind: 'a' },
      { id: 'y', strength: null, kind: 'b' },
    ]);
    expect(rows.safeParse([['x', 0.5]]).error?.issues[0]?.message).toMatch(/row 0: expected 3 values/);
    expect(rows.safeParse([['x', 'strong', 'a']]).error?.issues[0]?.message).toMatch(/row 0, strength: expected number\?/);
    expect(rows.safeParse([['x', 1, 'c']]).error?.issues[0]?.message).toMatch(/row 0, kind: expected a \| b/);
  });
});
