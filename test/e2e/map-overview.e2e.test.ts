// A large scope opens on its overview: coalitions as single nodes, the most powerful people
// and our contacts, with every person one click away. The GraphView answer is synthesised
// (1,000 people in 24 coalitions) and served through request interception.
import type { Browser, Page, Route } from 'playwright-core';
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

const PEOPLE = 1000;
const view = bigView(PEOPLE, 4000);
/** Coalition 3's members (the fixture puts person i in coalition i % 24). */
const coalition3 = view.nodes.filter((n) => n.coalition === 3).map((n) => n.id);
/** A weak person (last by power) with no stage: not in the overview unless asked for. */
const weak = 'big-990';

async function serveBigView(page: Page): Promise<void> {
  await page.route('**/graphql', async (route: Route) => {
    const body = route.request().postDataJSON() as { operationName?: string };
    if (body.operationName === 'GraphView' || body.operationName === 'GraphViewTies') {
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { graphView: view } }) });
    } else await route.continue();
  });
}

const drawnIds = (page: Page) => probe<string[]>(page, 'nodeIds', 'all');

/** The node is drawn inside the map's canvas. */
async function onCanvas(page: Page, id: string): Promise<boolean> {
  const p = await probe<{ x: number; y: number } | null>(page, 'clientPosition', id);
  const box = await page.locator('[data-testid="map"]').boundingBox();
  return !!p && !!box && p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
}

describe('the overview of a large scope', () => {
  it('opens collapsed: coalitions, the most powerful people and our contacts, ties drawn to the coalitions', async () => {
    const { page, context, errors } = await newPage(browser);
    await serveBigView(page);
    await openMap(page, '/');
    expect(await page.getAttribute('[data-testid="map"]', 'data-overview')).toBe('on');
    const ids = await drawnIds(page);
    const groups = ids.filter((id) => id.startsWith('group:'));
    expect(groups).toHaveLength(24);
    const people = ids.filter((id) => id.startsWith('big-'));
    // The 25 most powerful and 40 contacts (some are both): far fewer than the scope's 1,000.
    expect(people.length).toBeGreaterThanOrEqual(40);
    expect(people.length).toBeLessThan(70);
    expect(people).toContain('big-0');
    expect(people).not.toContain(weak);
    // A tie into a collapsed coalition is drawn to its node, counting the ties it stands for.
    const edges = await probe<string[]>(page, 'edgeIds', 'all');
    const toGroups = edges.filter((id) => id.startsWith('group:'));
    expect(toGroups.length).toBeGreaterThan(0);
    expect(Number((await probe<Record<string, unknown>>(page, 'data', toGroups[0]))!.ties)).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="map-overview-bar"]')).toMatch(/Overview of 1,000 people: 24 coalitions, the 25 most powerful people and 40 of our 800 contacts/);
    await screenshot(page, '20-overview');
    expect(errors.filter((e) => !/person|PersonDetails|BalanceOfPower/i.test(e))).toEqual([]);
    await context.close();
  });

  it('opens a coalition with a click, keeps it in the URL, and closes it again', async () => {
    const { page, context } = await newPage(browser);
    await serveBigView(page);
    await openMap(page, '/');
    const before = await visibleNodeCount(page);
    const where = await probe<{ x: number; y: number }>(page, 'clientPosition', 'group:3');
    await page.mouse.click(where.x, where.y);
    await page.waitForFunction(() => /[?&]open=3(&|$)/.test(location.search));
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="map"]')!.getAttribute('data-visible-nodes')) > n, before);
    const ids = new Set(await drawnIds(page));
    expect(coalition3.every((id) => ids.has(id))).toBe(true);
    expect(await probe<string[]>(page, 'classesOf', 'group:3')).toContain('expanded');
    await screenshot(page, '21-overview-expanded');

    // A shared link opens the same view.
    const shared = await newPage(browser);
    await serveBigView(shared.page);
    await openMap(shared.page, new URL(page.url()).pathname + new URL(page.url()).search);
    expect(new Set(await drawnIds(shared.page))).toEqual(ids);
    await shared.context.close();

    await page.click('[data-testid="close-group-3"]');
    await page.waitForFunction(() => !location.search.includes('open='));
    await page.waitForFunction(() => !(window as unknown as { __kamgraphMap: { nodeIds(f: string): string[] } }).__kamgraphMap.nodeIds('all').includes('big-990'));
    await context.close();
  });

  it('shows every person with one click, in the URL, and comes back to the overview', async () => {
    const { page, context } = await newPage(browser);
    await serveBigView(page);
    await openMap(page, '/');
    await page.click('[data-testid="show-everyone"]');
    await page.waitForFunction(() => location.search.includes('all=1'));
    await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-overview') === 'off');
    await page.waitForSelector('[data-testid="map"][data-layout="ready"]');
    const ids = await drawnIds(page);
    expect(ids.filter((id) => id.startsWith('big-'))).toHaveLength(PEOPLE);
    expect(ids.some((id) => id.startsWith('group:'))).toBe(false);
    await page.click('[data-testid="show-overview"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-overview') === 'on');
    expect((await drawnIds(page)).filter((id) => id.startsWith('big-')).length).toBeLessThan(70);
    await context.close();
  });

  it('keeps a selected person visible: from the URL, and from the search', async () => {
    const { page, context } = await newPage(browser);
    await serveBigView(page);
    await openMap(page, `/?node=${weak}`);
    expect(await drawnIds(page)).toContain(weak);
    expect(await onCanvas(page, weak)).toBe(true);

    // Picked in the search: drawn beside its coalition, selected and brought into view.
    const other = 'big-985';
    expect(await drawnIds(page)).not.toContain(other);
    await page.fill('[data-testid="search"]', 'Person 985');
    await page.locator('.search-results li', { hasText: 'Person 985' }).first().click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('node') === id, other);
    await page.waitForFunction((id) => (window as unknown as { __kamgraphMap: { nodeIds(f: string): string[] } }).__kamgraphMap.nodeIds('all').includes(id), other);
    await page.waitForFunction(
      (id) => {
        const p = (window as unknown as { __kamgraphMap: { clientPosition(i: string): { x: number; y: number } | null } }).__kamgraphMap.clientPosition(id);
        const r = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
        return !!p && p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom;
      },
      other,
    );
    await context.close();
  });

  it('shows every person a filter leaves when they are few enough', async () => {
    const { page, context } = await newPage(browser);
    await serveBigView(page);
    await openMap(page, '/');
    // Loyalty is every fifth person: 200 of 1,000.
    await page.click('[data-testid="stage-loyalty"]');
    await page.waitForFunction(() => /revealed|filters leave/i.test(document.querySelector('[data-testid="map-overview-bar"]')?.textContent ?? ''));
    const visible = await probe<string[]>(page, 'nodeIds', 'visible');
    expect(visible.filter((id) => id.startsWith('big-'))).toHaveLength(200);
    await context.close();
  });
});
