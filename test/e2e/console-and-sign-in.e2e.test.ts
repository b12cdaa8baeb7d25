import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newPage, screenshot, token } from './support/browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('signing in', () => {
  it('shows the sign-in screen without a token and opens the map once a token is pasted', async () => {
    const { page, context } = await newPage(browser, { signedIn: false });
    await page.goto(`${baseUrl()}/`);
    const dialog = page.locator('[data-testid="sign-in"]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/sign-in link printed by npm start.*npm run token -- <userId>/s);
    await screenshot(page, '11-sign-in');
    await page.fill('[data-testid="token-input"]', 'not a token');
    await page.click('[data-testid="sign-in"] button[type="submit"]');
    expect(await dialog.locator('.field-error').textContent()).toMatch(/three parts/);
    await page.fill('[data-testid="token-input"]', token());
    await page.click('[data-testid="sign-in"] button[type="submit"]');
    await page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 60_000 });
    expect(await dialog.count()).toBe(0);
    await context.close();
  });

  it('takes the token from a sign-in link and removes it from the address bar', async () => {
    const { page, context } = await newPage(browser, { signedIn: false });
    await page.goto(`${baseUrl()}/#token=${token()}`);
    await page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 60_000 });
    expect(page.url()).not.toContain('token=');
    expect(await page.evaluate(() => localStorage.getItem('kamgraph.token'))).toBe(token());
    // Signing out forgets the token: the sign-in screen comes back, and stays after a reload.
    await page.click('[data-testid="sign-out"]');
    await page.locator('[data-testid="sign-in"]').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('kamgraph.token'))).toBeNull();
    await page.reload();
    await page.locator('[data-testid="sign-in"]').waitFor();
    await context.close();
  });
});

describe('the query console', () => {
  it('serves GraphiQL from our own bundle with the README questions and a working token', async () => {
    const { page, context } = await newPage(browser);
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseUrl()) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
    });
    await page.goto(`${baseUrl()}/console`);
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.graphiql-tab').first().textContent()).toMatch(/BalanceOfPower/);
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('peopleInScope'), undefined, { timeout: 30_000 });
    expect(await page.locator('.graphiql-response').textContent()).not.toMatch(/UNAUTHENTICATED/);
    await screenshot(page, '12-console');
    // The docs come from the bundled SDL: open the documentation explorer.
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer', { hasText: 'Query' }).waitFor();
    expect(outside).toEqual([]);
    await context.close();
  });
});
