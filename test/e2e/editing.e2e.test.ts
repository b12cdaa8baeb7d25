import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, launchBrowser, newPage, openMap, probe, screenshot } from './support/browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface MapData {
  graphView: { asOf: string; nodes: { id: string; name: string; stage: string | null }[]; edges: { id: string; source: string; target: string; type: string }[] };
}

describe('editing in place', () => {
  it('adds an influence tie and sets a stage: the map updates without a reload, and both persist', async () => {
    const map = await gql<MapData>('{ graphView(scope: { territoryId: "territory-north" }) { asOf nodes { id name stage } edges { id source target type } } }');
    const people = map.graphView.nodes.filter((n) => n.id.startsWith('person-'));
    const tied = new Set(map.graphView.edges.map((e) => `${e.source}>${e.target}`));
    // Two people with no influence between them yet, and a stage to move to.
    // Somebody nobody of ours has a stage with yet (no stage is null).
    const from = people.find((p) => p.stage === null)!;
    // Whose name no other name holds, so the picker's first match is them (the demo country's names share surnames).
    const unique = (p: { id: string; name: string }) => !map.graphView.nodes.some((o) => o.id !== p.id && o.name.includes(p.name));
    const to = people.find((p) => p.id !== from.id && unique(p) && !tied.has(`${from.id}>${p.id}`) && !tied.has(`${p.id}>${from.id}`))!;
    const today = map.graphView.asOf;
    const tieId = `INFLUENCES|${from.id}|${to.id}|${today}`;

    const { page, context, errors } = await newPage(browser);
    await openMap(page, `/?node=${from.id}&tab=person`);
    await page.locator(`[data-testid="person-panel"][data-person-id="${from.id}"]`).waitFor();
    expect(await probe(page, 'data', tieId)).toBeNull();

    // A bad strength comes back as a field error next to the field.
    await page.click('[data-testid="add-tie"]');
    const form = page.locator('[data-testid="tie-form"]');
    await form.locator('input[name="to"]').fill(to.name);
    await form.locator('.pick-list button', { hasText: to.name }).first().click();
    await form.locator('input[name="strength"]').fill('1.7');
    await form.locator('button[type="submit"]').click();
    await form.locator('.field.has-error .field-error').waitFor();
    expect(await form.locator('.field.has-error').textContent()).toMatch(/Strength.*(0|1)/s);
    await screenshot(page, '09-tie-field-error');

    await form.locator('input[name="strength"]').fill('0.85');
    await form.locator('input[name="source"]').fill('e2e congress');
    await form.locator('button[type="submit"]').click();
    await page.locator('.toast', { hasText: 'Tie added.' }).waitFor();
    await page.waitForFunction((id) => (window as unknown as { __kamgraphMap: { data(id: string): unknown } }).__kamgraphMap.data(id) !== null, tieId);
    expect(await probe<Record<string, unknown>>(page, 'data', tieId)).toMatchObject({ type: 'INFLUENCES', strength: 0.85 });
    // The tie's details (asked after the map's own query) reach the CSV export.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const text = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(text.split('\r\n').find((line) => line.includes(tieId))).toContain('e2e congress');

    // Our stage with the person, as the signed-in KAM: acquaintance shows its two criteria
    // (contact needs none) and the API refuses it until both are observed.
    const stageForm = page.locator('[data-testid="stage-form"]');
    await stageForm.locator('select[name="stage"]').selectOption('ACQUAINTANCE');
    expect(await stageForm.locator('fieldset.criteria-step').count()).toBe(2);
    expect(await stageForm.locator('input[name="criteria"]').count()).toBe(2);
    expect(await stageForm.textContent()).toMatch(/They know the KAM and link them to our company.*The KAM knows all they can about them/s);
    await stageForm.locator('button[type="submit"]').click();
    await stageForm.locator('.stage-criteria.has-error .field-error').waitFor();
    expect(await stageForm.locator('.stage-criteria .field-error').textContent()).toMatch(/KNOWS_KAM_AND_COMPANY|know/i);
    await screenshot(page, '10a-stage-criteria-missing');
    await stageForm.locator('[data-criterion="knows_kam_and_company"] input').check();
    await stageForm.locator('[data-criterion="kam_knows_them"] input').check();
    await stageForm.locator('button[type="submit"]').click();
    await page.locator('.toast', { hasText: 'Stage set to Acquaintance.' }).waitFor();
    await page.waitForFunction((id) => (window as unknown as { __kamgraphMap: { data(id: string): { stage?: string } | null } }).__kamgraphMap.data(id)?.stage === 'ACQUAINTANCE', from.id);
    // The criteria are now recorded: ticked and fixed when loyalty is chosen next.
    await stageForm.locator('select[name="stage"]').selectOption('LOYALTY');
    expect(await stageForm.locator('[data-criterion="kam_knows_them"] input').isDisabled()).toBe(true);
    expect(await stageForm.locator('[data-criterion="kam_knows_them"] input').isChecked()).toBe(true);
    expect(await stageForm.locator('[data-criterion="speaks_with_respect"] input').isChecked()).toBe(false);
    await stageForm.scrollIntoViewIfNeeded();
    await screenshot(page, '10-edited');

    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-layout="ready"]');
    expect(await probe<Record<string, unknown>>(page, 'data', tieId)).toMatchObject({ strength: 0.85 });
    expect(await probe<Record<string, unknown>>(page, 'data', from.id)).toMatchObject({ stage: 'ACQUAINTANCE' });
    await page.locator(`[data-testid="person-panel"][data-person-id="${from.id}"] .pill`, { hasText: 'Stage: Acquaintance' }).waitFor();
    const saved = await gql<{ person: { relationships: { user: { id: string }; stage: string; criteria: { criterion: string }[] }[] } }>(
      'query($id: ID!) { person(id: $id) { relationships { user { id } stage criteria { criterion } } } }',
      { id: from.id },
    );
    expect(saved.person.relationships.find((r) => r.user.id === 'user-kam')).toMatchObject({ stage: 'ACQUAINTANCE' });
    expect(saved.person.relationships.find((r) => r.user.id === 'user-kam')!.criteria.map((c) => c.criterion).sort()).toEqual(['KAM_KNOWS_THEM', 'KNOWS_KAM_AND_COMPANY']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the layout when the map is reloaded (positions are kept per scope)', async () => {
    const { page, context } = await newPage(browser);
    await openMap(page, '/');
    const before = await probe<{ x: number; y: number }>(page, 'position', 'person-00001');
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-layout="ready"]');
    expect(await probe(page, 'position', 'person-00001')).toEqual({ x: Math.round(before.x), y: Math.round(before.y) });
    await context.close();
  });
});
