import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, launchBrowser, newPage, openMap, screenshot } from './support/browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface MapData {
  graphView: { nodes: { id: string; name: string }[] };
}

describe('data protection in the person panel', () => {
  it('shows the lawful basis, notice and retention, and lets an admin erase the person', async () => {
    const map = await gql<MapData>('{ graphView(scope: { territoryId: "territory-north" }) { nodes { id name } } }');
    // The last person listed: the other browser tests pick from the front of the list.
    const person = map.graphView.nodes.filter((n) => n.id.startsWith('person-')).at(-1)!;
    await gql(
      'mutation ($p: ID!) { setDataProtection(personId: $p, input: { lawfulBasis: CONSENT, noticeOn: "2026-01-05", noticeMethod: EMAIL, retentionMonths: 36 }) { ok } }',
      { p: person.id },
    );

    const { page, context, errors } = await newPage(browser, { token: inject('e2eAdminToken') });
    page.on('dialog', (dialog) => void dialog.accept());
    await openMap(page, `/?node=${person.id}&tab=person`);
    const block = page.locator('[data-testid="data-protection"]');
    await block.waitFor();
    const text = await block.textContent();
    expect(text).toMatch(/Lawful basis\s*Consent/);
    expect(text).toMatch(/2026-01-05 by e-mail/);
    expect(text).toMatch(/36 months/);
    await screenshot(page, '20-data-protection');

    // An erasure needs the request reference: the field error comes back next to the form.
    const form = page.locator('[data-testid="erase-form"]');
    await form.locator('button[type="submit"]').click();
    await form.locator('[role="alert"]', { hasText: 'reason' }).waitFor();

    await form.locator('input[name="reason"]').fill('DSR-E2E-1');
    await form.locator('button[type="submit"]').click();
    await block.locator('text=Personal data erased on request.').waitFor();
    const after = await gql<{ person: { name: string; anonymised: boolean } }>('query ($p: ID!) { person(id: $p) { name anonymised } }', { p: person.id });
    expect(after.person).toEqual({ name: `Erased person (${person.id})`, anonymised: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
