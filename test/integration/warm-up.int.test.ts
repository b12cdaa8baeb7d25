import { beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsCache } from '../../server/src/kernel/cache/analytics-cache.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import type { NodeRecord, TieRecord } from '../../server/src/modules/graph/model.js';
import { graphql } from './gql/index.js';
import { useTestApi } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const POWER = graphql(`query WarmUpPower($t: ID!) { balanceOfPower(scope: { territoryId: $t }) { peopleInScope ranking { person { id } } } }`);

/** A territory with a hospital and three people who sway one another. */
function territory(p: string): { nodes: NodeRecord[]; ties: TieRecord[] } {
  const id = (s: string) => `${p}-${s}`;
  const nodes: NodeRecord[] = [
    { id: id('T'), type: 'Territory', name: `Warm-up County ${p}`, props: {} },
    { id: id('h'), type: 'Institution', name: 'Warm Hospital', props: { kind: 'hospital' } },
  ];
  const ties: TieRecord[] = [{ from: id('h'), to: id('T'), type: 'LOCATED_IN', props: {} }];
  for (const s of ['a', 'b', 'c']) {
    nodes.push({ id: id(s), type: 'Person', name: `Warm ${s} ${p}`, props: {} });
    ties.push({ from: id(s), to: id('h'), type: 'WORKS_AT', props: { position: 'Physician' } });
  }
  ties.push({ from: id('a'), to: id('b'), type: 'INFLUENCES', props: { strength: 0.8 } });
  ties.push({ from: id('b'), to: id('c'), type: 'INFLUENCES', props: { strength: 0.6 } });
  return { nodes, ties };
}

describe('warm-up: the first screen asked once after a start', () => {
  const driver = useTestDriver();
  const analyticsCache = AnalyticsCache.forDatabase(testDb(driver));
  const api = useTestApi(driver, { analyticsCache });
  const p = uniquePrefix('warm');

  beforeAll(async () => {
    await writeGraph(testDb(driver), territory(p), { atomic: true });
  });

  it("asks every question of the app's first screen in the app's own words, each answered without an error", async () => {
    const report = await api.server().warmUp();
    const first = report.territoryIds[0]!;
    const others = report.territoryIds.slice(1).flatMap((id) => [`GraphView ${id}`, `BalanceOfPower ${id}`]);
    expect(report.steps.map((step) => step.question)).toEqual([
      'CountryPack',
      'Territories',
      'TerritoryCounts',
      'Watches',
      'InboxCount',
      'ScopeName',
      'GraphView',
      'GraphViewTies',
      'BalanceOfPower',
      'ScopeChanges',
      'Tenders',
      'PersonDetails',
      ...others,
    ]);
    expect(report.steps.filter((step) => step.error !== null)).toEqual([]);
    expect(first).toBeDefined();
    expect(report.territoryIds.length).toBeLessThanOrEqual(8);
  });

  it("leaves the largest territories' balance of power computed for the first user who asks", async () => {
    const report = await api.server().warmUp();
    const hits = analyticsCache.stats().hits;
    const answer = await api.query(POWER, { t: report.territoryIds.at(-1)! });
    expect(answer.errors).toBeUndefined();
    expect(analyticsCache.stats().hits).toBeGreaterThan(hits);
  });

  it('is no user: no audit entry names it', async () => {
    await api.server().warmUp();
    const { records } = await driver.executeQuery(`MATCH (a:AuditEntry {userId: 'system:warm-up'}) RETURN count(a) AS n`, {}, { database: DATABASE });
    expect(Number(records[0]!.get('n'))).toBe(0);
  });
});
