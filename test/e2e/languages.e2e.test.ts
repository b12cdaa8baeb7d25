// The web app in each language (en, pt-PT, pt-BR), in Chromium on the seeded demo: the map, a
// person, the plans and the accounts open with no message id left on screen and no
// missing-translation warning from FormatJS; the language stays in the URL across pages.
// Screenshots of the map and the accounts page per locale go to artifacts/e2e/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CATALOGUES } from '../../web/src/shared/i18n/catalogues.js';
import { LOCALES, type Locale } from '../../web/src/shared/i18n/locales.js';
import { baseUrl, gql, launchBrowser, newPage, openMap, screenshot, type OpenPage } from './support/browser.js';

let browser: Browser;
const open: OpenPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  // The first map after the server starts computes the scope's analytics (slow on a loaded
  // machine): done once here, so each locale's test measures only its own pages.
  const warm = await newPage(browser);
  open.push(warm);
  await warm.page.goto(`${baseUrl()}/`);
  await warm.page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 180_000 });
}, 240_000);
afterAll(async () => {
  await Promise.all(open.map((o) => o.context.close()));
  await browser?.close();
});

const IDS = Object.keys(CATALOGUES.en);

/** Message ids shown as text (FormatJS falls back to the id when a message is missing). */
async function idsOnScreen(p: Page): Promise<string[]> {
  const text = await p.evaluate(() => document.body.innerText);
  return IDS.filter((id) => text.includes(id));
}

async function openIn(locale: Locale): Promise<OpenPage & { warnings: string[] }> {
  const o = await newPage(browser);
  open.push(o);
  const warnings: string[] = [];
  o.page.on('console', (m) => {
    if (m.text().includes('[i18n]')) warnings.push(m.text());
  });
  return { ...o, warnings };
}

describe.each(LOCALES)('the web app in %s', (locale) => {
  it('opens the map, a person, the plans and the accounts with every message translated', async () => {
    const { page: p, errors, warnings } = await openIn(locale);
    await openMap(p, `/?lang=${locale}`);
    expect(await p.getAttribute('html', 'lang')).toBe(locale);
    expect(await p.inputValue('[data-testid="language-picker"]')).toBe(locale);
    expect(await idsOnScreen(p)).toEqual([]);
    await screenshot(p, `languages-map-${locale}`);
    // The map's top bar keeps one row at 1600 px in every language (the inbox count and sign-out included).
    expect((await p.locator('header.top-bar').boundingBox())!.height).toBeLessThan(60);

    // A person in the details tab (the map's URL keeps the language beside its own state).
    await openMap(p, `/?node=person-00009&tab=person&lang=${locale}`);
    await p.locator('[data-testid="person-panel"]').first().waitFor({ timeout: 60_000 });
    expect(await idsOnScreen(p)).toEqual([]);

    // The plans through the top bar's link: the language follows.
    await p.click('[data-testid="nav-plans"]');
    await p.locator('[data-testid="plan-board"]').waitFor({ timeout: 60_000 });
    expect(new URL(p.url()).searchParams.get('lang')).toBe(locale);
    expect(await idsOnScreen(p)).toEqual([]);

    await p.goto(`${baseUrl()}/accounts?lang=${locale}`);
    await p.locator('[data-testid="key-people"]').waitFor({ timeout: 60_000 });
    await p.waitForLoadState('networkidle');
    expect(await idsOnScreen(p)).toEqual([]);
    await screenshot(p, `languages-accounts-${locale}`);

    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** GraphQL as the demo's manager, whose chosen language these tests set (the KAM's stays untouched for the other files). */
async function asManager<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('e2eManagerToken')}`, 'accept-language': 'en' },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: T }).data;
}

describe('switching the language', () => {
  // Picking a language keeps it in the user's profile: the KAM's (the last test picks as the
  // KAM) and the manager's are forgotten again, so later files open in the browser's English.
  afterAll(async () => {
    await asManager('mutation { setPreferredLocale(locale: null) { ok } }');
    await gql('mutation { setPreferredLocale(locale: null) { ok } }');
  });

  it('keeps the language the user picked: a page opened later without `lang` opens in it, in a browser of another language', async () => {
    await asManager('mutation { setPreferredLocale(locale: null) { ok } }');
    const first = await newPage(browser, { token: inject('e2eManagerToken') });
    open.push(first);
    await openMap(first.page, '/');
    expect(await first.page.getAttribute('html', 'lang')).toBe('en');
    await first.page.selectOption('[data-testid="language-picker"]', 'pt-PT');
    await first.page.waitForFunction(() => document.documentElement.lang === 'pt-PT');
    await expect.poll(async () => (await asManager<{ me: { preferredLocale: string | null } }>('{ me { preferredLocale } }')).me.preferredLocale, { timeout: 30_000 }).toBe('PT_PT');

    // Another browser (nothing remembered, English) signed in as the same user: Portuguese from the profile.
    const later = await newPage(browser, { token: inject('e2eManagerToken') });
    open.push(later);
    await openMap(later.page, '/');
    await later.page.waitForFunction(() => document.documentElement.lang === 'pt-PT', undefined, { timeout: 30_000 });
    expect(await later.page.inputValue('[data-testid="language-picker"]')).toBe('pt-PT');
    await later.page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 60_000 });
    expect(await later.page.textContent('[data-testid="tab-power"]')).toBe('Poder');
    // A link that names a language still opens in it.
    await openMap(later.page, '/?lang=en');
    expect(await later.page.getAttribute('html', 'lang')).toBe('en');
    expect(later.errors).toEqual([]);
  });

  it('rewrites the page in the chosen language and puts it in the URL', async () => {
    const { page: p, warnings } = await openIn('en');
    await openMap(p, '/');
    expect(await p.textContent('[data-testid="tab-power"]')).toBe('Power');
    await p.selectOption('[data-testid="language-picker"]', 'pt-BR');
    await p.waitForFunction(() => document.documentElement.lang === 'pt-BR');
    expect(new URL(p.url()).searchParams.get('lang')).toBe('pt-BR');
    await p.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 60_000 });
    expect(await p.textContent('[data-testid="tab-power"]')).toBe('Poder');
    expect(warnings).toEqual([]);
  });
});
