import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, SET_TIE } from '../../bench/lib/questions.js';
import { schemaFiles } from '../../server/src/kernel/graphql/load-schema.js';

/** The benchmark's documents follow the schema, so `npm run bench` does not fail an hour in. */
describe('bench documents', () => {
  const schema = buildSchema(schemaFiles().map((file) => readFileSync(file, 'utf8')).join('\n'));
  for (const [name, document] of [...Object.values(QUESTIONS).map((q) => [q.name, q.document] as const), ['setTie', SET_TIE] as const]) {
    it(`${name} validates against the schema`, () => {
      expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
    });
  }
});
