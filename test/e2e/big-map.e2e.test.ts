// 2,000 people and 10,000 ties on screen: the GraphView answer is synthesised in the test and
// served through request interception, so the browser does exactly its usual work without
// seeding a national graph first.
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, openMap, probe, screenshot, visibleNodeCount } from './support/browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function bigView(people: number, ties: number) {
  let seed = 42;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const coalitions = 24;
  const nodes = Array.from({ length: people }, (_, i) => ({
    id: `big-${i}`,
    label: 'Person',
    name: `Person ${i}`,
    kind: 'DOCTOR',
    power: Math.pow(1 - i / people, 3),
    rank: i + 1,
    coalition: i % coalitions,
    stance: i % 7 === 0 ? null : Math.round(random() * 4 - 2),
    // No stage, then the ladder's steps (the API's enum names).
    stage: [null, 'CONTACT', 'ACQUAINTANCE', 'LOYALTY', 'NEAR_FRIENDLY'][i % 5],
    ownerId: null,
    optedOut: false,
    __typename: 'GraphNode',
  }));
  const edges = [];
  for (let j = 0; edges.length < ties; j++) {
    const a = Math.floor(random() * people);
    // Mostly within a coalition, like real influence.
    const b = random() < 0.8 ? (Math.floor(random() * (people / coalitions)) * coalitions + (a % coalitions)) % people : Math.floor(random() * people);
    if (a === b) continue;
    edges.push({
      id: `INFLUENCES|big-${a}|big-${b}|${j}`,
      source: `big-${a}`,
      target: `big-${b}`,
      type: 'INFLUENCES',
      strength: Math.round(random() * 100) / 100,
      role: null,
      basis: 'SCIENCE',
      domain: null,
      since: null,
      until: null,
      provenance: null,
      confidence: null,
      __typename: 'GraphEdge',
    });
  }
  const members = Array.from({ length: coalitions }, (_, c) => ({
    power: 1,
    lean: 0,
    leaning: 'NEUTRAL',
    members: nodes.filter((n) => n.coalition === c).map((n) => ({ id: n.id, __typename: 'Person' })),
    __typename: 'Coalition',
  }));
  return { asOf: '2026-11-27', peopleInScope: people, truncated: false, nodes, edges, coalitions: members, __typename: 'GraphView' };
}

describe('a national-size map', () => {
  it('draws 2,000 people and 10,000 ties, lays them out once and filters without a re-layout', async () => {
    const { page, context, errors } = await newPage(browser);
    const view = bigView(2000, 10000);
    await page.route('**/graphql', async (route: Route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName === 'GraphView') {
        await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { graphView: view } }) });
      } else await route.continue();
    });
    const started = Date.now();
    await openMap(page, '/');
    const firstLayoutMs = Date.now() - started;
    expect((await probe<string[]>(page, 'nodeIds', 'all')).length).toBe(2000);
    expect((await probe<string[]>(page, 'edgeIds', 'all')).length).toBe(10000);
    await screenshot(page, '13-big-map');
    const position = await probe(page, 'position', 'big-10');

    // A filter is a class toggle in one batch: fast, and nothing moves.
    const t0 = Date.now();
    await page.click('[data-testid="stage-loyalty"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="map"]')!.getAttribute('data-visible-nodes')) <= 400);
    const filterMs = Date.now() - t0;
    expect(await visibleNodeCount(page)).toBe(400);
    expect(await probe(page, 'position', 'big-10')).toEqual(position);

    // A click on a person answers quickly (in a crowded island the top-most node under the
    // pointer wins, so any person counts).
    await page.click('[data-testid="stage-loyalty"]');
    const pos = await probe<{ x: number; y: number }>(page, 'clientPosition', 'big-0');
    const t1 = Date.now();
    await page.mouse.click(pos.x, pos.y);
    await page.waitForFunction(() => /node=big-\d+/.test(location.search));
    const clickMs = Date.now() - t1;

    // The second visit reuses the kept positions: no layout at all.
    const t2 = Date.now();
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 60_000 });
    const reloadMs = Date.now() - t2;
    expect(await probe(page, 'position', 'big-10')).toEqual({ x: Math.round((position as { x: number }).x), y: Math.round((position as { y: number }).y) });

    process.stdout.write(`big map: first load with layout ${firstLayoutMs} ms, filter ${filterMs} ms, click ${clickMs} ms, reload ${reloadMs} ms\n`);
    expect(firstLayoutMs).toBeLessThan(45_000);
    expect(filterMs).toBeLessThan(3_000);
    expect(clickMs).toBeLessThan(3_000);
    expect(errors.filter((e) => !/person|PersonDetails|BalanceOfPower/i.test(e))).toEqual([]);
    await context.close();
  });
});
