// What the read model shows where a KAM looks (issue 12): a person's ties with their source
// and confidence, a tender's lots and competitors, programmes and events opened from the map,
// key people and the single largest account on the key-accounts page. Each check compares
// the page with what the API answers for the demo, so the test follows the seed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, clickNode, gql, useBrowser, openMap, screenshot } from './support/browser.js';

const chromium = useBrowser();
const page = () => chromium.page();

/** The URL's `item` once the details tab shows it. */
async function itemInUrl(p: Page, item: string): Promise<void> {
  await p.waitForFunction((value) => new URLSearchParams(location.search).get('item') === value, item);
}

interface ApiTie {
  direction: 'OUT' | 'IN';
  other: { id: string; name: string };
  tie: { type: string; strength: number | null; source: string | null; confidence: number | null; since: string | null };
}

describe('the read model in Chromium', () => {
  it('lists a person’s ties by type and direction, each with its source and confidence, as of the map’s date', async () => {
    const { page: p, errors } = await page();
    const { person } = await gql<{ person: { ties: ApiTie[] } }>('{ person(id: "person-00009") { ties(types: [INFLUENCES]) { direction other { id name } tie { type strength source confidence since } } } }');
    const outgoing = person.ties.filter((t) => t.direction === 'OUT');
    const incoming = person.ties.filter((t) => t.direction === 'IN');
    const maxStrength = Math.max(...outgoing.map((t) => t.tie.strength ?? 0));

    await openMap(p, '/');
    await clickNode(p, 'person-00009');
    const ties = p.locator('[data-testid="person-ties"]');
    const influences = ties.locator('details[data-group="influences-out"]');
    await influences.locator('.tie-row').first().waitFor();
    expect(await influences.locator('summary').textContent()).toBe(`Influences ${outgoing.length}`);
    expect(await ties.locator('details[data-group="influences-in"] summary').textContent()).toBe(`Influenced by ${incoming.length}`);
    // The strongest influence the person exerts heads its group, with the evidence it rests on.
    const first = influences.locator('.tie-row').first();
    const firstId = await first.getAttribute('data-other-id');
    const strongest = outgoing.find((t) => t.other.id === firstId)!;
    expect(strongest.tie.strength).toBe(maxStrength);
    expect(strongest.tie.source).toBeTruthy();
    expect(await first.locator('.entity-link').textContent()).toBe(strongest.other.name);
    expect(await first.locator('.provenance').textContent()).toBe(`${strongest.tie.source} · confidence ${Math.round(strongest.tie.confidence! * 100) / 100}`);
    // Five rows, then the rest one click away.
    if (outgoing.length > 5) {
      expect(await influences.locator('.tie-row').count()).toBe(5);
      await influences.locator('.show-all').click();
      expect(await influences.locator('.tie-row').count()).toBe(outgoing.length);
    }
    await screenshot(p, 'read-01-person-ties');

    // A tie that began recently is gone when the map looks at a date before it.
    const recent = [...outgoing].filter((t) => t.tie.since).sort((a, b) => b.tie.since!.localeCompare(a.tie.since!))[0]!;
    const before = new Date(Date.parse(`${recent.tie.since!}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const { person: earlier } = await gql<{ person: { ties: ApiTie[] } }>(`{ person(id: "person-00009") { ties(types: [INFLUENCES], direction: OUT, asOf: "${before}") { other { id } } } }`);
    expect(earlier.ties.some((t) => t.other.id === recent.other.id)).toBe(false);
    expect(earlier.ties.length).toBeGreaterThan(0);
    await openMap(p, `/?asOf=${before}&node=person-00009&tab=person`);
    const past = p.locator('[data-testid="person-ties"] details[data-group="influences-out"]');
    await past.locator('summary').waitFor();
    expect(await p.locator('[data-testid="person-ties"] h3').textContent()).toContain(`as of ${before}`);
    expect(await past.locator('summary').textContent()).toBe(`Influences ${earlier.ties.length}`);
    if (await past.locator('.show-all').count()) await past.locator('.show-all').click();
    expect(await past.locator(`.tie-row[data-other-id="${recent.other.id}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 240_000); // two maps are drawn (today's and the earlier date's), each computing power for its date

  it('shows a tender’s lots (ours marked) and its competitors, and opens a lot’s product and its programmes', async () => {
    const { page: p, errors } = await page();
    const { tender } = await gql<{ tender: { lots: { lot: number | null; product: { id: string; ours: boolean } }[]; competitors: { id: string; name: string; ours: boolean }[] } }>(
      '{ tender(id: "tender-north-1") { lots { lot product { id ours } } competitors { id name ours } } }',
    );
    const lotNumbers = [...new Set(tender.lots.map((l) => l.lot))].sort();
    const ourLots = [...new Set(tender.lots.filter((l) => l.product.ours).map((l) => l.lot))].sort();
    expect(lotNumbers.length).toBeGreaterThan(0);
    expect(tender.competitors.length).toBeGreaterThan(0);

    await openMap(p, '/');
    await clickNode(p, 'tender-north-1');
    await p.click('[data-testid="open-tender"]');
    const lots = p.locator('[data-testid="tender-lots"]');
    await lots.locator('tbody tr').first().waitFor();
    expect(await lots.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-lot'))))).toEqual(lotNumbers);
    expect(await lots.locator('tbody tr[data-ours="true"]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-lot'))))).toEqual(ourLots);
    expect(await lots.locator('[data-product-id]').count()).toBe(tender.lots.length);
    const competitors = p.locator('[data-testid="tender-competitors"] .chip-item');
    expect((await competitors.evaluateAll((items) => items.map((i) => i.getAttribute('data-company-id')))).sort()).toEqual(tender.competitors.map((c) => c.id).sort());
    const ours = tender.competitors.find((c) => c.ours);
    if (ours) expect(await p.locator(`[data-testid="tender-competitors"] [data-company-id="${ours.id}"] .tag`).textContent()).toBe('ours');
    await screenshot(p, 'read-02-tender-lots');

    // A product of ours in a lot opens in the details tab, and from there a programme listing it.
    const product = tender.lots.find((l) => l.product.ours)!.product.id;
    const { product: listed } = await gql<{ product: { name: string; programs: { id: string }[] } }>(`{ product(id: "${product}") { name programs { id } } }`);
    await lots.locator(`[data-product-id="${product}"] .entity-link`).click();
    await itemInUrl(p, `product:${product}`);
    const productPanel = p.locator('[data-testid="product-panel"]');
    await productPanel.waitFor();
    expect(await productPanel.locator('h2').textContent()).toContain(listed.name);
    expect(await productPanel.locator('[data-testid="product-lots"] [data-entity-id="tender-north-1"]').count()).toBe(1);
    if (listed.programs.length) {
      await productPanel.locator(`[data-testid="product-programs"] [data-entity-id="${listed.programs[0]!.id}"]`).click();
      await itemInUrl(p, `program:${listed.programs[0]!.id}`);
      await p.locator('[data-testid="program-panel"]').waitFor();
    }
    expect(errors).toEqual([]);
  });

  it('opens a programme from a committee clicked on the map: its products and drafters; Back returns to the committee', async () => {
    const { page: p, errors } = await page();
    const { committee } = await gql<{ committee: { draftedPrograms: { id: string; name: string }[] } }>('{ committee(id: "committee-north-program-board") { draftedPrograms { id name } } }');
    const programme = committee.draftedPrograms[0]!;
    const { program } = await gql<{ program: { products: { id: string; ours: boolean }[]; draftingCommittees: { id: string; members: { person: { id: string } }[] }[] } }>(
      `{ program(id: "${programme.id}") { products { id ours } draftingCommittees { id members { person { id } } } } }`,
    );

    await openMap(p, '/');
    await clickNode(p, 'committee-north-program-board');
    const drafts = p.locator('[data-testid="committee-drafts"]');
    await drafts.waitFor();
    expect(await drafts.locator('.entity-link').allTextContents()).toEqual(expect.arrayContaining(committee.draftedPrograms.map((d) => d.name)));
    await drafts.locator(`[data-entity-id="${programme.id}"]`).click();
    await itemInUrl(p, `program:${programme.id}`);
    const panel = p.locator('[data-testid="program-panel"]');
    await panel.locator('[data-testid="program-products"] [data-product-id]').first().waitFor();
    expect(await panel.locator('h2').textContent()).toBe(programme.name);
    expect((await panel.locator('[data-testid="program-products"] [data-product-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-product-id')))).sort()).toEqual(program.products.map((x) => x.id).sort());
    expect(await panel.locator('[data-testid="program-products"] .tag.ours').count()).toBe(program.products.filter((x) => x.ours).length);
    const members = program.draftingCommittees.flatMap((c) => c.members.map((m) => m.person.id));
    expect(await panel.locator('[data-testid="program-drafters"] .seat-list [data-entity-id]').count()).toBe(members.length);
    await screenshot(p, 'read-03-programme');

    // The browser's Back closes the programme and shows the committee again.
    await p.goBack();
    await p.waitForFunction(() => !new URLSearchParams(location.search).has('item'));
    await p.locator('[data-testid="node-details"]').waitFor();
    expect(await p.locator('[data-testid="committee-drafts"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('opens an event from a speaker’s talks, with speakers and their topics; a speaker’s name opens that person', async () => {
    const { page: p, errors } = await page();
    const { person } = await gql<{ person: { name: string; talks: { topic: string | null; event: { id: string; name: string } }[] } }>('{ person(id: "person-00011") { name talks { topic event { id name } } } }');
    expect(person.talks.length).toBeGreaterThan(0);
    const talk = person.talks[0]!;
    const { event } = await gql<{ event: { speakers: { topic: string | null; person: { id: string } }[]; attendees: { id: string }[] } }>(
      `{ event(id: "${talk.event.id}") { speakers { topic person { id } } attendees { id } } }`,
    );

    await openMap(p, '/');
    await clickNode(p, 'person-00011');
    const talks = p.locator('[data-testid="person-talks"]');
    await talks.locator('.tie-row').first().waitFor();
    expect(await talks.locator('.tie-row').count()).toBe(person.talks.length);
    if (talk.topic) expect(await talks.locator(`[data-event-id="${talk.event.id}"] .topic`).textContent()).toBe(`“${talk.topic}”`);
    await talks.locator(`[data-event-id="${talk.event.id}"] .entity-link`).click();
    await itemInUrl(p, `event:${talk.event.id}`);
    const panel = p.locator('[data-testid="event-panel"]');
    await panel.locator('[data-testid="event-speakers"] .tie-row').first().waitFor();
    expect(await panel.locator('h2').textContent()).toContain(talk.event.name);
    expect((await panel.locator('[data-testid="event-speakers"] .tie-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person-id')))).sort()).toEqual(event.speakers.map((s) => s.person.id).sort());
    expect(await panel.locator('[data-testid="event-attendees"] .count').textContent()).toBe(String(event.attendees.length));
    await screenshot(p, 'read-04-event');
    // The way back names the person under the event.
    expect(await p.locator('[data-testid="close-item"]').textContent()).toBe(`← ${person.name}`);

    const other = event.speakers.find((s) => s.person.id !== 'person-00011')!.person.id;
    await panel.locator(`[data-testid="event-speakers"] [data-person-id="${other}"] .entity-link`).click();
    await p.locator(`[data-testid="person-panel"][data-person-id="${other}"]`).waitFor();
    expect(new URL(p.url()).searchParams.has('item')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('weighs key people on the four criteria and shows the single largest account’s share on the key-accounts page', async () => {
    const { page: p, errors } = await page();
    const scope = '{ territoryId: "territory-north" }';
    const api = await gql<{
      keyPeople: { person: { id: string }; keyClient: boolean; criteriaMet: string[] }[];
      keyAccountHealth: { period: string; largestAccountShare: number; largestAccount: { institution: { id: string; name: string } } | null };
    }>(`{ keyPeople(scope: ${scope}, first: 20) { person { id } keyClient criteriaMet } keyAccountHealth(scope: ${scope}) { period largestAccountShare largestAccount { institution { id name } } } }`);
    expect(api.keyAccountHealth.largestAccount).not.toBeNull();

    await p.goto(`${baseUrl()}/accounts?territory=territory-north`);
    const largest = p.locator('[data-testid="largest-account"]');
    await largest.waitFor();
    expect(await largest.locator('.big-figure').textContent()).toBe(`${(api.keyAccountHealth.largestAccountShare * 100).toFixed(0)}%`);
    expect(await largest.locator('a').textContent()).toBe(api.keyAccountHealth.largestAccount!.institution.name);

    const rows = p.locator('[data-testid="key-person-row"]');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-person-id')))).toEqual(api.keyPeople.map((k) => k.person.id));
    expect(await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-key-client') === 'true'))).toEqual(api.keyPeople.map((k) => k.keyClient));
    expect(await p.locator('[data-testid="key-people-table"] thead').textContent()).toMatch(/Leadership.*Profit.*Opportunities.*Trust/s);
    const first = api.keyPeople[0]!;
    expect(await rows.first().locator('.criteria-count').textContent()).toBe(`${first.criteriaMet.length}/4`);
    await p.locator('[data-testid="key-people"]').scrollIntoViewIfNeeded();
    await screenshot(p, 'read-05-key-people');

    // A name opens the person on the map, in the page's territory.
    await rows.first().locator('a').click();
    await p.locator(`[data-testid="person-panel"][data-person-id="${first.person.id}"]`).waitFor({ timeout: 60_000 });
    expect(p.url()).toContain('scope=territory:territory-north');
    expect(errors).toEqual([]);
  });
});
