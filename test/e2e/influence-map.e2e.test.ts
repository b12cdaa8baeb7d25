import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickNode, gql, launchBrowser, newPage, openMap, probe, screenshot, visibleNodeCount, type OpenPage } from './support/browser.js';

let browser: Browser;
let open: OpenPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(open.map((o) => o.context.close()));
  await browser?.close();
});

async function page() {
  const o = await newPage(browser);
  open.push(o);
  return o;
}

/** The North's people as the API counts them: its share of the demo country's 300, plus anyone an earlier test created there. */
async function peopleInNorth(): Promise<number> {
  const data = await gql<{ balanceOfPower: { peopleInScope: number } }>('{ balanceOfPower(scope: { territoryId: "territory-north" }, first: 1) { peopleInScope } }');
  return data.balanceOfPower.peopleInScope;
}

async function personName(id: string): Promise<string> {
  const data = await gql<{ person: { name: string } }>('query($id: ID!) { person(id: $id) { name } }', { id });
  return data.person.name;
}

describe('the influence map in Chromium', () => {
  it('renders the demo territory: people, ranking, legend, and the scope in the URL', async () => {
    const { page: p, errors } = await page();
    await openMap(p, '/');
    const nodes = await probe<string[]>(p, 'nodeIds', 'all');
    const people = await peopleInNorth();
    // The home region of the demo country's three (300 people among them).
    expect(people).toBeGreaterThanOrEqual(100);
    expect(nodes.filter((id) => id.startsWith('person-')).length).toBe(people);
    expect(nodes).toContain('tender-north-1');
    // The ranking is asked once the map is drawn (the map's query goes first).
    await p.locator('[data-testid="power-ranking"] li').nth(19).waitFor();
    expect(await p.textContent('[data-testid="map-footer"]')).toContain(`${people} of ${people} people shown`);
    // Stance words of their own (opposed .. preferring), then the ladder's four steps as rings.
    expect(await p.locator('.legend').textContent()).toMatch(/Opposed \(−2\).*Sceptical.*Neutral.*Favourable.*Preferring \(\+2\).*Unknown.*Contact.*Acquaintance.*Loyalty.*Near-friendly/s);
    expect(p.url()).toContain('scope=territory:territory-north');
    await screenshot(p, '01-territory-map');
    expect(errors).toEqual([]);
  });

  it('opens the side panel when a person is clicked on the map, with power explained', async () => {
    const { page: p, errors } = await page();
    await openMap(p, '/');
    const name = await personName('person-00009');
    await clickNode(p, 'person-00009');
    const panel = p.locator('[data-testid="person-panel"]');
    await panel.waitFor();
    expect(await panel.getAttribute('data-person-id')).toBe('person-00009');
    expect(await panel.locator('h2').textContent()).toContain(name);
    await p.locator('[data-testid="power-explanation"]').waitFor();
    expect(await p.textContent('[data-testid="power-explanation"]')).toMatch(/Formal roles.*Influence.*Brokerage/s);
    await p.locator('[data-testid="interactions"]').waitFor();
    expect(p.url()).toContain('node=person-00009');
    expect(await probe<string[]>(p, 'classesOf', 'person-00009')).toContain('person');
    await screenshot(p, '02-person-panel');
    expect(errors).toEqual([]);
  });

  it('finds introduction paths to a person and lights the best one on the map', async () => {
    const { page: p } = await page();
    await openMap(p, '/?node=person-00009&tab=person');
    await p.click('[data-testid="reach-button"]');
    await p.locator('[data-testid="path-list"] li').first().waitFor();
    expect(p.url()).toContain('reach=person-00009');
    // The best path as the API ranks it (the panel asks with 4 hops): from our user's first
    // contact to the person; the map lights a tie per step, and one from "You" to its start.
    const { introductionPaths } = await gql<{ introductionPaths: { people: { id: string }[] }[] }>(
      '{ introductionPaths(fromId: "user-kam", toId: "person-00009", maxHops: 4, first: 1) { people { id } } }',
    );
    const best = introductionPaths[0]!.people.map((x) => x.id);
    const lit = await p.waitForFunction((steps) => {
      const probe = (window as unknown as { __kamgraphMap: { nodeIds(f: string): string[]; classesOf(id: string): string[]; edgeIds(f: string): string[] } }).__kamgraphMap;
      const nodes = probe.nodeIds('all').filter((id) => probe.classesOf(id).includes('path'));
      const edges = probe.edgeIds('all').filter((id) => probe.classesOf(id).includes('path'));
      return nodes.length >= 2 && edges.length >= steps ? { nodes, edges } : null;
    }, best.length);
    const { nodes, edges } = (await lit.jsonValue())!;
    expect(nodes).toContain('person-00009');
    expect(nodes).toContain('overlay:user');
    expect(nodes).toEqual(expect.arrayContaining(best));
    expect(edges.length).toBeGreaterThanOrEqual(best.length);
    // Everything else steps back.
    const others = (await probe<string[]>(p, 'nodeIds', 'all')).filter((id) => !nodes.includes(id) && id.startsWith('person-'));
    expect(await probe<string[]>(p, 'classesOf', others[0]!)).toContain('faded');
    await p.waitForTimeout(500);
    await screenshot(p, '03-introduction-path');
  });

  it('hides people with the filters and says how many are shown', async () => {
    const { page: p } = await page();
    await openMap(p, '/');
    const before = await visibleNodeCount(p);
    await p.click('[data-testid="stage-loyalty"]');
    await p.waitForFunction((n) => Number(document.querySelector('[data-testid="map"]')!.getAttribute('data-visible-nodes')) < n, before);
    const visible = await probe<string[]>(p, 'nodeIds', 'visible');
    const loyal = await gql<{ graphView: { nodes: { id: string; stage: string | null }[] } }>(
      '{ graphView(scope: { territoryId: "territory-north" }) { nodes { id stage } } }',
    );
    const loyalPeople = loyal.graphView.nodes.filter((n) => n.id.startsWith('person-') && n.stage === 'LOYALTY').map((n) => n.id);
    expect(loyalPeople.length).toBeGreaterThan(0);
    expect(visible.filter((id) => id.startsWith('person-')).sort()).toEqual(loyalPeople.sort());
    expect(p.url()).toContain('stage=loyalty');
    expect(await p.textContent('[data-testid="map-footer"]')).toContain(`${loyalPeople.length} of ${await peopleInNorth()} people shown`);
    await screenshot(p, '04-filter-loyalty');
    // Minimum strength hides weak ties, not people.
    await p.click('[data-testid="stage-loyalty"]');
    const edgesBefore = (await probe<string[]>(p, 'edgeIds', 'visible')).length;
    await p.locator('[data-testid="filter-min-strength"]').fill('0.8');
    await p.waitForFunction(
      (n) => (window as unknown as { __kamgraphMap: { edgeIds(f: string): string[] } }).__kamgraphMap.edgeIds('visible').length < n,
      edgesBefore,
    );
    expect(await visibleNodeCount(p)).toBe(before);
  });

  it('redraws the map as of an earlier date', async () => {
    const { page: p } = await page();
    await openMap(p, '/');
    const edgesToday = new Set(await probe<string[]>(p, 'edgeIds', 'all'));
    await p.fill('[data-testid="as-of"]', '2021-06-01');
    await p.waitForFunction(() => document.querySelector('[data-testid="map-footer"]')?.textContent?.includes('as of 2021-06-01'));
    await p.waitForSelector('[data-testid="map"][data-layout="ready"]');
    const edgesThen = new Set(await probe<string[]>(p, 'edgeIds', 'all'));
    expect(p.url()).toContain('asOf=2021-06-01');
    // Ties that began later are gone; the map changed.
    expect(edgesThen.size).toBeLessThan(edgesToday.size);
    expect([...edgesThen].every((id) => id.split('|')[3]! <= '2021-06-01')).toBe(true);
    expect(await p.textContent('.date-badge')).toBe('past');
    await screenshot(p, '05-as-of-2021');
  });

  it('restores a shared view from its URL and shows a tender’s shapers and coverage', async () => {
    const { page: p } = await page();
    await openMap(p, '/?tab=tender&tender=tender-north-1&shapers=1');
    await p.locator('[data-testid="decision-roles"] li').first().waitFor();
    await p.locator('[data-testid="shaper-list"] li').first().waitFor();
    await p.waitForFunction(() =>
      (window as unknown as { __kamgraphMap: { classesOf(id: string): string[] } }).__kamgraphMap.classesOf('tender-north-1').includes('path'),
    );
    const dg = await gql<{ decisionGroup: { uncoveredRoles: string[]; roles: { role: string; members: { person: { id: string } }[] }[] } }>(
      '{ decisionGroup(tenderId: "tender-north-1") { uncoveredRoles roles { role members { person { id } } } } }',
    );
    expect(await p.locator('[data-testid="decision-roles"] li.uncovered').count()).toBe(dg.decisionGroup.uncoveredRoles.length);
    const uncoveredMember = dg.decisionGroup.roles.find((r) => dg.decisionGroup.uncoveredRoles.includes(r.role) && r.members.length)?.members[0]?.person.id;
    if (uncoveredMember) expect(await probe<string[]>(p, 'classesOf', uncoveredMember)).toContain('uncovered');
    await p.waitForTimeout(500);
    await screenshot(p, '06-tender-shapers');
  });

  it('opens a committee as its own scope from the map', async () => {
    const { page: p } = await page();
    await openMap(p, '/');
    await clickNode(p, 'committee-north-formulary');
    await p.locator('[data-testid="node-details"]').waitFor();
    await p.click('[data-testid="open-scope"]');
    await p.waitForFunction(() => location.search.includes('scope=committee:committee-north-formulary'));
    const territoryFooter = `of ${await peopleInNorth()} people`;
    await p.waitForFunction(
      (north) => /of \d+ people shown/.test(document.querySelector('[data-testid="map-footer"]')?.textContent ?? '') && !document.querySelector('[data-testid="map-footer"]')!.textContent!.includes(north),
      territoryFooter,
    );
    const people = (await probe<string[]>(p, 'nodeIds', 'all')).filter((id) => id.startsWith('person-'));
    expect(people.length).toBeGreaterThan(0);
    expect(people.length).toBeLessThan(60);
    await p.waitForSelector('[data-testid="map"][data-layout="ready"]');
    await screenshot(p, '07a-committee-scope');
    // Back returns to the territory.
    await p.goBack();
    await p.waitForFunction(() => location.search.includes('scope=territory:territory-north'));
  });

  it('removes a person in the what-if and shows the ranking move', async () => {
    const { page: p } = await page();
    await openMap(p, '/');
    const top = await p.locator('[data-testid="power-ranking"] li').first().getAttribute('data-person-id');
    await p.locator('[data-testid="power-ranking"] li').first().click();
    await p.click('[data-testid="what-if-button"]');
    await p.locator('[data-testid="what-if-chips"]').waitFor();
    await p.waitForFunction((id) => !(window as unknown as { __kamgraphMap: { nodeIds(f: string): string[] } }).__kamgraphMap.nodeIds('all').includes(id!), top);
    await p.click('[data-testid="tab-power"]');
    await p.locator('.rank-list .delta').first().waitFor();
    expect(await p.locator('[data-testid="power-ranking"] li').first().getAttribute('data-person-id')).not.toBe(top);
    expect(p.url()).toContain(`without=${top}`);
    await screenshot(p, '07-what-if');
  });

  it('searches, focuses and highlights a person; exports PNG and CSV', async () => {
    const { page: p } = await page();
    await openMap(p, '/');
    const name = await personName('person-00001');
    await p.fill('[data-testid="search"]', name.slice(0, 8));
    await p.locator('.search-results li', { hasText: name }).first().click();
    await p.locator('[data-testid="person-panel"][data-person-id="person-00001"]').waitFor();
    expect(await probe<string[]>(p, 'classesOf', 'person-00001')).toContain('highlight');
    const [png] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid="export-png"]')]);
    expect(png.suggestedFilename()).toMatch(/^kamgraph-territory-north-\d{4}-\d{2}-\d{2}\.png$/);
    const [csv] = await Promise.all([p.waitForEvent('download'), p.click('[data-testid="export-csv"]')]);
    const text = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(text.split('\r\n')[0]).toMatch(/^record,id,type,name/);
    expect(text).toContain(`node,person-00001,Person,${name}`);
    await screenshot(p, '08-search');
  });
});
