// 2,000 people and 10,000 ties on screen: the GraphView answer is synthesised in the test and
// served through request interception, so the browser does exactly its usual work without
// seeding a national graph first.
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigView } from './support/big-view.js';
import { launchBrowser, newPage, openMap, probe, screenshot, visibleNodeCount } from './support/browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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
    // Every person: a scope this large opens on its overview (see map-overview.e2e.test.ts).
    await openMap(page, '/?all=1');
    expect((await probe<string[]>(page, 'nodeIds', 'all')).length).toBe(2000);
    expect((await probe<string[]>(page, 'edgeIds', 'all')).length).toBe(10000);
    await screenshot(page, '13-big-map');
    const position = await probe(page, 'position', 'big-10');

    // A filter is a class toggle in one batch: nothing moves. (How fast is the bench's business.)
    await page.click('[data-testid="stage-loyalty"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="map"]')!.getAttribute('data-visible-nodes')) <= 400);
    expect(await visibleNodeCount(page)).toBe(400);
    expect(await probe(page, 'position', 'big-10')).toEqual(position);

    // A click on a person selects one (in a crowded island the top-most node under the
    // pointer wins, so any person counts).
    await page.click('[data-testid="stage-loyalty"]');
    const pos = await probe<{ x: number; y: number }>(page, 'clientPosition', 'big-0');
    await page.mouse.click(pos.x, pos.y);
    await page.waitForFunction(() => /node=big-\d+/.test(location.search));

    // The second visit reuses the kept positions: no layout at all.
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 60_000 });
    expect(await probe(page, 'position', 'big-10')).toEqual({ x: Math.round((position as { x: number }).x), y: Math.round((position as { y: number }).y) });

    expect(errors.filter((e) => !/person|PersonDetails|BalanceOfPower/i.test(e))).toEqual([]);
    await context.close();
  });
});
