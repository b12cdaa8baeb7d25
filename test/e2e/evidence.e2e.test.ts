// Evidence in Chromium on the seeded demo: the admin uploads a congress programme naming
// people of the demo KAM's territory (with their workplaces, so the names match), the KAM
// reviews the ties it suggests and decides them from the keyboard; a truncated file is
// refused whole, naming the file and the position.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, gql, launchBrowser, newPage, type OpenPage } from './support/browser.js';

let browser: Browser;
const open: OpenPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(open.map((o) => o.context.close()));
  await browser?.close();
});

async function page(as: 'kam' | 'admin'): Promise<OpenPage> {
  const o = await newPage(browser, as === 'admin' ? { token: inject('e2eAdminToken') } : {});
  open.push(o);
  return o;
}

async function openEvidence(p: Page): Promise<void> {
  await p.goto(`${baseUrl()}/evidence`);
  await p.locator('[data-testid="evidence-page"]').waitFor();
}

type Person = { id: string; name: string; positions: Array<{ institution: { name: string; city: string | null } }> };

/** Four people the KAM sees, each at a workplace and with a name no one else in the demo has. */
async function speakers(): Promise<Person[]> {
  const { people } = await gql<{ people: { nodes: Person[] } }>('{ people(first: 200) { nodes { id name positions { institution { name city } } } } }');
  const count = new Map<string, number>();
  for (const p of people.nodes) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  return people.nodes.filter((p) => p.positions.length > 0 && count.get(p.name) === 1).slice(0, 4);
}

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

async function openSuggestions(): Promise<Array<{ id: string; fromId: string; toId: string }>> {
  const { tieSuggestions } = await gql<{ tieSuggestions: { nodes: Array<{ id: string; fromId: string; toId: string }> } }>('{ tieSuggestions(first: 100) { nodes { id fromId toId } } }');
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
});
