// Evidence in Chromium on the seeded demo: the admin uploads a congress programme naming
// people of the demo KAM's territory (with their workplaces, so the names match), the KAM
// reviews the ties it suggests and decides them from the keyboard; a truncated file is
// refused whole, naming the file and the position. On the map the proposed ties are drawn
// dashed and one is accepted there; a name nobody matches becomes a person from the queue.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { baseUrl, gql, useBrowser, openMap, probe, screenshot, type OpenPage } from './support/browser.js';

const chromium = useBrowser();

function page(as: 'kam' | 'admin'): Promise<OpenPage> {
  return chromium.page(as === 'admin' ? { token: inject('e2eAdminToken') } : {});
}

async function openEvidence(p: Page): Promise<void> {
  await p.goto(`${baseUrl()}/evidence`);
  await p.locator('[data-testid="evidence-page"]').waitFor();
}

type Person = { id: string; name: string; positions: Array<{ institution: { name: string; city: string | null } }> };

/** People the KAM sees, each at a workplace and with a name no one else in the demo has (four from `from`; each test its own). */
async function speakers(from = 0, count = 4): Promise<Person[]> {
  const { people } = await gql<{ people: { nodes: Person[] } }>('{ people(first: 200) { nodes { id name positions { institution { id name city } } } } }');
  const seen = new Map<string, number>();
  for (const p of people.nodes) seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
  return people.nodes.filter((p) => p.positions.length > 0 && seen.get(p.name) === 1).slice(from, from + count);
}

/** A congress programme: one session, each person speaking with their workplace as affiliation. */
function congressCsv(event: string, session: string, people: ReadonlyArray<{ name: string; institution: { name: string; city: string | null } }>): string {
  const rows = people.map((p) =>
    [event, new Date().toISOString().slice(0, 10), p.institution.city ?? 'Lisboa', session, 'speaker', p.name, p.institution.name, 'Access to innovation'].map(csvField).join(','),
  );
  return `event,date,city,session,role,name,affiliation,topic\n${rows.join('\n')}\n`;
}

/** Imports a file as the admin's upload does (the upload form itself is the first test's). */
async function upload(name: string, body: string): Promise<void> {
  const response = await fetch(`${baseUrl()}/evidence/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${inject('e2eAdminToken')}`, 'x-file-name': name, 'content-type': 'application/octet-stream' },
    body,
  });
  const answer = (await response.json()) as { ok: boolean; error: string | null };
  if (!answer.ok) throw new Error(`upload refused: ${answer.error}`);
}

/** Letters only, so that a name stays a name. */
const letters = () => Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

async function openSuggestions(): Promise<Array<{ id: string; fromId: string; toId: string; type: string }>> {
  const { tieSuggestions } = await gql<{ tieSuggestions: { nodes: Array<{ id: string; fromId: string; toId: string; type: string }> } }>('{ tieSuggestions(first: 500) { nodes { id fromId toId type } } }');
  return tieSuggestions.nodes;
}

async function statusOf(id: string): Promise<string> {
  return (await gql<{ tieSuggestion: { status: string } }>('query($id: ID!) { tieSuggestion(id: $id) { status } }', { id })).tieSuggestion.status;
}

describe('evidence in Chromium', () => {
  it('lets the admin upload a congress programme, and the KAM accept and reject its suggestions from the keyboard', async () => {
    const people = await speakers();
    expect(people.length).toBe(4);
    const session = `E2E round table ${Date.now()}`;
    const rows = people.map((p) =>
      ['E2E Congress', new Date().toISOString().slice(0, 10), p.positions[0]!.institution.city ?? 'Lisboa', session, 'panelist', p.name, p.positions[0]!.institution.name, 'Access to innovation']
        .map(csvField)
        .join(','),
    );
    const csv = `event,date,city,session,role,name,affiliation,topic\n${rows.join('\n')}\n`;

    const admin = await page('admin');
    await openEvidence(admin.page);
    await admin.page.locator('[data-testid="evidence-upload"] input[type="file"]').setInputFiles({ name: 'congress-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await admin.page.getByRole('button', { name: 'Import' }).click();
    const answer = admin.page.locator('[data-testid="evidence-upload-answer"]');
    await answer.waitFor();
    expect(await answer.getAttribute('data-ok')).toBe('true');
    expect(await answer.textContent()).toMatch(/Imported 4 works: \d+ new tie suggestions?/);
    expect(await answer.locator('pre').textContent()).toMatch(/^congress-e2e\.csv \(congress_csv\): 4 works; .* names 4 matched/);

    const kam = await page('kam');
    await openEvidence(kam.page);
    expect(await kam.page.locator('[data-testid="evidence-upload"]').count()).toBe(0);
    const ids = new Set(people.map((p) => p.id));
    const ours = (await openSuggestions()).filter((s) => ids.has(s.fromId) && ids.has(s.toId));
    expect(ours.length).toBeGreaterThan(0);
    const cards = kam.page.locator('.suggestion-card');
    await cards.first().waitFor();
    // The first card: select it, read the evidence on it, accept it with "a".
    const first = await cards.first().getAttribute('data-suggestion-id');
    expect(await cards.first().getAttribute('aria-current')).toBe('true');
    if (ours.some((s) => s.id === first)) expect(await cards.first().locator('.work-list').textContent()).toContain('E2E Congress');
    await kam.page.keyboard.press('a');
    await kam.page.locator(`.suggestion-card[data-suggestion-id="${first}"]`).waitFor({ state: 'detached' });
    expect(await statusOf(first!)).toBe('ACCEPTED');
    // The next one moves up: move down and back with j/k, then reject with "r".
    await kam.page.keyboard.press('j');
    await kam.page.keyboard.press('k');
    const second = await cards.first().getAttribute('data-suggestion-id');
    await kam.page.keyboard.press('r');
    await kam.page.locator(`.suggestion-card[data-suggestion-id="${second}"]`).waitFor({ state: 'detached' });
    expect(await statusOf(second!)).toBe('REJECTED');
    expect(await kam.page.locator('.page-toast').textContent()).toMatch(/Rejected: .* It will not be suggested again\./);
    expect(kam.errors).toEqual([]);
    expect(admin.errors).toEqual([]);
  });

  it('refuses a truncated PubMed file whole, naming the file and the position', async () => {
    const admin = await page('admin');
    await openEvidence(admin.page);
    const truncated = readFileSync(path.resolve(import.meta.dirname, '../fixtures/evidence/bad/truncated.xml'));
    await admin.page.locator('[data-testid="evidence-upload"] input[type="file"]').setInputFiles({ name: 'pubmed-export.xml', mimeType: 'text/xml', buffer: truncated });
    await admin.page.getByRole('button', { name: 'Import' }).click();
    const answer = admin.page.locator('[data-testid="evidence-upload-answer"]');
    await answer.waitFor();
    expect(await answer.getAttribute('data-ok')).toBe('false');
    expect(await answer.locator('strong').textContent()).toMatch(/^pubmed-export\.xml \(line \d+, column \d+\): ends before the XML is complete/);
    const { work } = await gql<{ work: { id: string } | null }>('{ work(id: "pmid-39000001") { id } }');
    expect(work).toBeNull();
  });

  it('draws the proposed ties dashed on the map after an import, and accepting one there makes it a solid tie', async () => {
    const people = await speakers(4, 3);
    expect(people.length).toBe(3);
    const event = `E2E Map Congress ${letters()}`;
    await upload('congress-map.csv', congressCsv(event, 'Session on the map', people.map((p) => ({ name: p.name, institution: p.positions[0]!.institution }))));
    const ids = new Set(people.map((p) => p.id));
    const ours = (await openSuggestions()).filter((s) => ids.has(s.fromId) && ids.has(s.toId));
    expect(ours.length).toBe(3);

    const kam = await page('kam');
    await openMap(kam.page, '/?proposed=1');
    await kam.page.locator('[data-testid="map-proposed-count"]').waitFor();
    const drawn = await probe<string[]>(kam.page, 'edgeIds', 'all');
    for (const s of ours) {
      expect(drawn).toContain(`proposed:${s.id}`);
      expect(await probe<string[]>(kam.page, 'classesOf', `proposed:${s.id}`)).toContain('proposed');
    }
    expect(await kam.page.locator('[data-testid="legend-proposed"]').isVisible()).toBe(true);
    await screenshot(kam.page, 'evidence-map-proposed');

    // Click one: its provenance, then accept it right there.
    const chosen = ours[0]!;
    const edgeId = `proposed:${chosen.id}`;
    const at = await probe<{ x: number; y: number } | null>(kam.page, 'clickablePosition', edgeId);
    expect(at).not.toBeNull();
    await kam.page.mouse.click(at!.x, at!.y);
    const panel = kam.page.locator(`[data-testid="proposed-panel"][data-suggestion-id="${chosen.id}"]`);
    await panel.locator('.work-list').waitFor();
    expect(await panel.locator('.work-list').textContent()).toContain(event);
    expect(await panel.textContent()).toMatch(/confidence \d+%/);
    await panel.locator('[data-testid="proposed-accept"]').click();
    const tiePanel = kam.page.locator('[data-testid="edge-panel"]');
    await tiePanel.waitFor();
    // The tie it became is open: its source names the talks behind it.
    expect(await tiePanel.textContent()).toMatch(/talk-/);
    expect(await statusOf(chosen.id)).toBe('ACCEPTED');
    const after = await probe<string[]>(kam.page, 'edgeIds', 'visible');
    expect(after).not.toContain(edgeId);
    const solid = after.filter((id) => id.startsWith(`${chosen.type}|`) && id.includes(chosen.fromId) && id.includes(chosen.toId));
    expect(solid).toHaveLength(1);
    expect(await probe<string[]>(kam.page, 'classesOf', solid[0]!)).not.toContain('proposed');
    // The other two are still proposed; turning the layer off takes them away (and out of the URL).
    for (const s of ours.slice(1)) expect(after).toContain(`proposed:${s.id}`);
    await kam.page.locator('[data-testid="toggle-proposed"]').click();
    await kam.page.waitForFunction(() => !window.location.search.includes('proposed=1'));
    await kam.page.waitForFunction(() => !(window as unknown as { __kamgraphMap: { edgeIds(f: string): string[] } }).__kamgraphMap.edgeIds('all').some((id) => id.startsWith('proposed:')));
    expect(await kam.page.locator('[data-testid="legend-proposed"]').count()).toBe(0);
    expect(kam.errors).toEqual([]);
  });

  it('creates a person from a name in the review queue: the form names what is wrong, then the row leaves and the person exists', async () => {
    const [colleague] = await speakers(7, 1);
    const workplace = colleague!.positions[0]!.institution as { id: string; name: string; city: string | null };
    const family = `Quaresma${letters()}`;
    await upload('congress-new-name.csv', congressCsv(`E2E Names ${letters()}`, 'Session with a stranger', [{ name: `Prof. Zélia ${family}`, institution: workplace }, { name: colleague!.name, institution: workplace }]));

    const kam = await page('kam');
    await openEvidence(kam.page);
    const card = kam.page.locator('.unmatched-card', { hasText: `${family}, Zélia` });
    await card.waitFor();
    await card.locator('[data-testid="create-person"]').click();
    const form = card.locator('[data-testid="create-person-form"]');
    const name = form.locator('input[name="name"]');
    expect(await name.inputValue()).toBe(`Zélia ${family}`);
    // The workplace the affiliation names is chosen (once the territory's institutions are in).
    await kam.page.waitForFunction((id) => (document.querySelector('[data-testid="create-person-form"] select[name="institutionId"]') as HTMLSelectElement | null)?.value === id, workplace.id);

    // A blank name: the server's refusal shows next to the field, nothing is created.
    await name.fill('  ');
    await form.locator('[data-testid="create-person-submit"]').click();
    await form.locator('.field.has-error .field-error').waitFor();
    expect(await form.locator('.field.has-error').first().textContent()).toMatch(/^Name.*blank/);

    await name.fill(`Zélia ${family} Santos`);
    await form.locator('input[name="position"]').fill('Head of Cardiology');
    await form.locator('[data-testid="create-person-submit"]').click();
    await card.waitFor({ state: 'detached' });
    expect(await kam.page.locator('.page-toast').textContent()).toMatch(new RegExp(`^Created Zélia ${family} Santos; their works moved to them`));
    const { people } = await gql<{ people: { nodes: Array<{ name: string; positions: Array<{ title: string | null; institution: { id: string } }>; evidence: Array<{ title: string }> }> } }>(
      'query($s: String!) { people(search: $s, first: 5) { nodes { name positions { title institution { id } } evidence { title } } } }',
      { s: family },
    );
    expect(people.nodes).toHaveLength(1);
    expect(people.nodes[0]).toMatchObject({ name: `Zélia ${family} Santos`, positions: [{ title: 'Head of Cardiology', institution: { id: workplace.id } }] });
    expect(people.nodes[0]!.evidence.map((w) => w.title)).toEqual(['Access to innovation']);
    expect(kam.errors).toEqual([]);
  });
});
