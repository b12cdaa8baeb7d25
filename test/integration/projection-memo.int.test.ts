import { beforeAll, describe, expect, it } from 'vitest';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import type { NodeRecord, TieRecord } from '../../server/src/modules/graph/model.js';
import { GraphRepository } from '../../server/src/modules/graph/repository.js';
import { footprintsBetween } from '../../server/src/modules/graph/rules/write-footprint.js';
import type { MemoRead } from '../../server/src/modules/graph/footprint-memo.js';
import { ProjectionMemo } from '../../server/src/modules/power/projection-memo.js';
import { computeScopePower, type ScopePowerDeps, type ScopePowerKey } from '../../server/src/modules/power/questions.js';
import { PowerRepository } from '../../server/src/modules/power/repository.js';
import { TEST_TODAY } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

/**
 * A kept projection patched by the writes since (projection-memo.ts) must be the
 * projection, and give the balance of power, that a whole read gives: after each kind of
 * write, the two are read side by side from the real database and compared in full.
 */
describe('a scope’s projection patched by the writes since it was read', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);
  const p = uniquePrefix('patch');
  const id = (s: string) => `${p}-${s}`;
  const author = { by: null, today: TEST_TODAY };
  const graph = new GraphRepository(db, author);
  const power = new PowerRepository(db);
  const memo = new ProjectionMemo();
  const key: ScopePowerKey = { kind: 'territory', id: id('T'), asOf: TEST_TODAY, area: null, without: [] };
  const person = (s: string, name = `Patch ${s}`): NodeRecord => ({ id: id(s), type: 'Person', name, props: {} }) as NodeRecord;
  const tie = (type: TieRecord['type'], from: string, to: string, props: TieRecord['props'] = {}): TieRecord => ({ type, from: id(from), to: id(to), props });
  const influence = (from: string, to: string, strength: number) => tie('INFLUENCES', from, to, { strength, since: '2020-01-01' });

  beforeAll(async () => {
    const people = ['A', 'B', 'C', 'D', 'E', 'OUT'];
    await writeGraph(
      testDb(driver),
      {
        nodes: [
          { id: id('T'), type: 'Territory', name: 'Patch territory', props: {} },
          { id: id('I'), type: 'Institution', name: 'Patch hospital', props: { kind: 'hospital' } },
          { id: id('P'), type: 'Product', name: 'Patch product', props: {} },
          ...people.map((s) => person(s)),
        ] as NodeRecord[],
        ties: [
          tie('LOCATED_IN', 'I', 'T'),
          ...['A', 'B', 'C', 'D', 'E'].map((s) => tie('WORKS_AT', s, 'I', { since: '2019-01-01', position: s === 'A' ? 'director' : 'physician' })),
          influence('A', 'B', 0.8),
          influence('B', 'C', 0.6),
          influence('C', 'D', 0.5),
          influence('D', 'A', 0.4),
          influence('E', 'A', 0.7),
          influence('OUT', 'B', 0.9),
        ],
      },
      { atomic: true },
    );
  });

  const deps = (projectionMemo: ProjectionMemo | null): ScopePowerDeps => ({ power, powerWorkers: null, projectionMemo, measuresMemo: null, now: () => new Date(0) });

  /** The memo's read and a whole read, side by side: they must agree in full. */
  async function readBoth(): Promise<MemoRead> {
    const before = memo.stats();
    const kept = await computeScopePower(deps(memo), key);
    const whole = await computeScopePower(deps(null), key);
    expect(kept.ids).toEqual(whole.ids);
    expect(kept.projection).toEqual(whole.projection);
    expect(kept.result.ranking.map((r) => [r.personId, r.score])).toEqual(whole.result.ranking.map((r) => [r.personId, r.score]));
    expect(kept.result.coalitions).toEqual(whole.result.coalitions);
    const after = memo.stats();
    const read = (['whole', 'patched', 'unchanged'] as const).find((kind) => after[kind] > before[kind]);
    return read!;
  }

  it('reads the scope whole the first time', async () => {
    expect(await readBoth()).toBe('whole');
  });

  it('re-reads only the two people a changed tie strength joins', async () => {
    await graph.setTie(influence('A', 'B', 0.3));
    expect(await readBoth()).toBe('patched');
  });

  it('patches a new tie, one from outside the scope, a removed tie and a stance', async () => {
    await graph.setTie(influence('C', 'E', 0.9));
    expect(await readBoth()).toBe('patched');
    await graph.setTie(influence('OUT', 'E', 0.9));
    expect(await readBoth()).toBe('patched');
    expect(await graph.removeTie(id('B'), id('C'), 'INFLUENCES', '2020-01-01')).toBe(true);
    expect(await readBoth()).toBe('patched');
    await graph.setCurrentTie(id('D'), id('P'), 'STANCE', { value: 2 }, TEST_TODAY);
    expect(await readBoth()).toBe('patched');
  });

  it('patches several writes at once, and a person renamed', async () => {
    await graph.write([person('B', 'Patch B renamed')]);
    await graph.setTie(influence('B', 'D', 0.5));
    await graph.setTie(influence('E', 'C', 0.2));
    expect(await readBoth()).toBe('patched');
  });

  it('keeps the projection as it was after writes that touch nobody in the scope', async () => {
    await graph.write([person('OUT', 'Patch OUT renamed')]);
    expect(await readBoth()).toBe('unchanged');
  });

  it('reads whole again after a write that may move people into the scope', async () => {
    await graph.write([person('F')], [tie('WORKS_AT', 'F', 'I', { since: '2019-01-01' }), influence('F', 'A', 0.9)]);
    expect(await readBoth()).toBe('whole');
    expect((await computeScopePower(deps(memo), key)).ids).toContain(id('F'));
  });

  it('reads whole again after a write that leaves no footprint (an import)', async () => {
    await writeGraph(testDb(driver), { nodes: [], ties: [influence('A', 'C', 0.6)] }, { atomic: true });
    expect(await readBoth()).toBe('whole');
  });

  it('keeps each logged write’s footprint beside the version it made', async () => {
    const { version: before } = await power.footprints();
    await graph.setTie(influence('D', 'E', 0.4));
    await graph.write([person('C', 'Patch C again')]);
    const { version, footprints } = await power.footprints();
    expect(version).toBe(before + 2);
    expect(footprintsBetween(footprints, before, version)).toEqual([
      [{ tie: 'INFLUENCES', from: id('D'), to: id('E') }],
      [{ node: 'Person', id: id('C'), created: false }],
    ]);
  });
});
