import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CypherStatement } from '../../server/src/kernel/database/cypher.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { DATABASE, useTestDriver } from './support/database.js';

const DIVIDE: CypherStatement<{ by: number }, { x: number }> = { name: 'test/divide.cypher', text: 'RETURN 10 / toInteger($by) AS x', row: z.object({ x: z.number() }) };

describe('DbClient: statements started without the driver capturing their call site', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);

  it('answers as before, and leaves the stack trace limit as it found it', async () => {
    const limit = Error.stackTraceLimit;
    expect(await db.read(DIVIDE, { by: 2 })).toEqual([{ x: 5 }]);
    expect(await db.writeTransaction((tx) => tx.run(DIVIDE, { by: 5 }))).toEqual([{ x: 2 }]);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('names the statement that failed, with the message and code of the database', async () => {
    const read = await db.read(DIVIDE, { by: 0 }).catch((error: unknown) => error);
    expect(read).toMatchObject({ statement: 'test/divide.cypher', code: expect.stringContaining('ArithmeticError') });
    expect((read as Error).message).toMatch(/by zero/i);
    const written = await db.writeTransaction((tx) => tx.run(DIVIDE, { by: 0 })).catch((error: unknown) => error);
    expect(written).toMatchObject({ statement: 'test/divide.cypher' });
  });
});
