// What changed, in the browser: a colleague's edit reaches a KAM who has the map open
// (map and ranking refetched, a notice, no reload), fills the unread count in the top bar,
// is marked on the map by "what changed since my last read", and "mark all read" empties
// the count. The colleague writes through the API as the admin, as another browser would.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, gql, launchBrowser, newPage, openMap, probe, screenshot } from './support/browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** GraphQL as the admin: the colleague. */
async function asColleague<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('e2eAdminToken')}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (!json.data) throw new Error(`GraphQL failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}

interface MapData {
  graphView: { asOf: string; nodes: { id: string; label: string }[]; edges: { source: string; target: string }[] };
}

const SCOPE = 'territory-north';
const SET_TIE = 'mutation($input: TieInput!) { setTie(input: $input) { ok errors { field message } } }';

describe('what changed', () => {
  it('updates an open map and its ranking when a colleague edits a tie, counts it in the top bar, marks it on the map, and empties after mark all read', async () => {
    const map = await gql<MapData>(`{ graphView(scope: { territoryId: "${SCOPE}" }) { asOf nodes { id label } edges { source target } } }`);
    const people = map.graphView.nodes.filter((n) => n.label === 'Person').map((n) => n.id);
    const tied = new Set(map.graphView.edges.map((e) => `${e.source}>${e.target}`));
    const pairs: [string, string][] = [];
    for (const a of people.slice(0, 12)) for (const b of people.slice(12, 24)) if (!tied.has(`${a}>${b}`) && !tied.has(`${b}>${a}`)) pairs.push([a, b]);
    const today = map.graphView.asOf;

    // The KAM watches the territory and has read everything so far.
    await gql(`mutation { watch(id: "${SCOPE}") { ok } }`);
    await gql('mutation { markInboxRead { ok } }');

    const { page, context, errors } = await newPage(browser);
    await openMap(page, `/?scope=territory:${SCOPE}`);
    await page.locator('.power-ranking').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="inbox-count"]').count()).toBe(0);
    await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));

    // The socket subscribes on its own schedule: the colleague writes until the map hears one.
    const rankings: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('"operationName":"BalanceOfPower"')) rankings.push(r.url());
    });
    let written: [string, string] | null = null;
    let writes = 0;
    for (const pair of pairs.slice(0, 10)) {
      writes += 1;
      const result = await asColleague<{ setTie: { ok: boolean } }>(SET_TIE, { input: { from: pair[0], to: pair[1], type: 'INFLUENCES', strength: 0.95, since: today, source: 'e2e colleague' } });
      expect(result.setTie.ok).toBe(true);
      written = pair;
      const heard = await page.locator('[data-testid="live-notice"]').waitFor({ timeout: 8_000 }).then(
        () => true,
        () => false,
      );
      if (heard) break;
    }
    expect(written).not.toBeNull();
    const [from, to] = written!;
    const tieId = `INFLUENCES|${from}|${to}|${today}`;
    expect(await page.locator('[data-testid="live-notice"]').textContent()).toMatch(/^Updated: .+ now influences /);
    // The map and the ranking were asked again and the tie is drawn, without a reload.
    await page.waitForFunction((id) => (window as unknown as { __kamgraphMap: { data(id: string): unknown } }).__kamgraphMap.data(id) !== null, tieId, { timeout: 30_000 });
    await expect.poll(() => rankings.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    // The inbox counts it in the top bar.
    await page.locator('[data-testid="inbox-count"]').waitFor({ timeout: 30_000 });
    // Each tie written counts once, and the territory's rank moves, however many people one
    // strong tie shifts, count as one more at most.
    const count = Number(await page.locator('[data-testid="inbox-count"]').textContent());
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(writes + 1);
    // The top bar keeps one row at 1600 px with the Changes link and its count.
    expect((await page.locator('header.top-bar').boundingBox())!.height).toBeLessThan(60);
    await screenshot(page, '30-live-update');

    // What changed since my last read, marked on the map, with its legend entry.
    await page.selectOption('[data-testid="changed-view"]', 'since-last-read');
    expect(page.url()).toContain('changed=since-last-read');
    await page.locator('[data-testid="legend-changed"]').waitFor();
    await page.waitForFunction((id) => (window as unknown as { __kamgraphMap: { classesOf(id: string): string[] } }).__kamgraphMap.classesOf(id).includes('changed'), from, { timeout: 30_000 });
    expect(await probe<string[]>(page, 'classesOf', tieId)).toContain('changed');
    await screenshot(page, '31-changed-since-last-read');

    // The inbox page: the change listed with its people; mark all read empties the count.
    await page.click('[data-testid="nav-changes"]');
    await page.locator('[data-testid="changes-page"]').waitFor();
    await page.locator('[data-testid="change-item"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="change-list"]').textContent()).toContain('now influences');
    expect(await page.locator(`[data-testid="watch-row"][data-id="${SCOPE}"] [data-testid="watch-count"]`).textContent()).not.toBe('0');
    await screenshot(page, '32-inbox');
    await page.click('[data-testid="mark-all-read"]');
    await page.locator('[data-testid="inbox-unread"]', { hasText: /^0 unread/ }).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="change-item"]').count()).toBe(0);
    await page.click('[data-testid="nav-map"]');
    await page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid="inbox-count"]').count()).toBe(0);

    // The scope feed lists the colleague's tie among the last 30 days' changes.
    await page.goto(`${baseUrl()}/changes?tab=feed&scope=territory:${SCOPE}&kinds=tie_started`);
    await page.locator('[data-testid="change-item"]', { hasText: 'now influences' }).first().waitFor({ timeout: 60_000 });
    await screenshot(page, '33-feed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('watches a person from their panel and says since when', async () => {
    const map = await gql<MapData>(`{ graphView(scope: { territoryId: "${SCOPE}" }) { asOf nodes { id label } edges { source target } } }`);
    const person = map.graphView.nodes.filter((n) => n.label === 'Person')[5]!.id;
    await gql(`mutation { unwatch(id: "${person}") { ok } }`);
    const { page, context, errors } = await newPage(browser);
    await openMap(page, `/?scope=territory:${SCOPE}&node=${person}&tab=person`);
    const panel = page.locator(`[data-testid="person-panel"][data-person-id="${person}"]`);
    // What the server answered to the watch, and when: named in the failure if the panel never says so.
    const answers: string[] = [];
    const clickedAt = Date.now();
    page.on('response', (r) => {
      if ((r.request().postData() ?? '').includes('"operationName":"Watch"')) void r.text().then((body) => answers.push(`${Date.now() - clickedAt} ms: ${r.status()} ${body.slice(0, 300)}`));
    });
    await panel.locator('[data-testid="watch-button"]').click();
    await panel
      .locator('[data-testid="watch-control"][data-watching="true"]', { hasText: 'Watching since' })
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        const control = await panel.locator('[data-testid="watch-control"]').textContent().catch(() => 'no watch control');
        throw new Error(`${String(error)}\nwatch control reads: ${control}\nwatch answers: ${answers.join(' | ') || 'none'}`);
      });
    const watches = await gql<{ me: { watches: { entity: { id: string } }[] } }>('{ me { watches { entity { id } } } }');
    expect(watches.me.watches.map((w) => w.entity.id)).toContain(person);
    await panel.locator('[data-testid="unwatch-button"]').click();
    await panel.locator('[data-testid="watch-button"]').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
