import { describe, expect, it } from 'vitest';
import { applySchema } from '../../server/src/modules/graph/apply-schema.js';
import { DATABASE, uniquePrefix, useTestDriver } from './support/database.js';

describe('graph schema', () => {
  const driver = useTestDriver();

  it('applies idempotently and enforces globally unique ids', async () => {
    const applied = await applySchema(driver, DATABASE);
    expect(applied).toBeGreaterThan(10);
    await applySchema(driver, DATABASE);
    const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {}, { database: DATABASE });
    expect(records[0]?.get('names')).toEqual(expect.arrayContaining(['entity_id', 'person_id', 'territory_name']));

    const id = uniquePrefix('dup');
    await driver.executeQuery('CREATE (:Entity:Person {id: $id, name: "A"})', { id }, { database: DATABASE });
    await expect(
      driver.executeQuery('CREATE (:Entity:Institution {id: $id, name: "B"})', { id }, { database: DATABASE }),
    ).rejects.toThrow(/already exists/);
  });
});
