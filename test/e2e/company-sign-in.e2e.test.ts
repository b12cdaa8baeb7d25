import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newPage, screenshot } from './support/browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sign-in with the company identity provider', () => {
  it('signs in with the authorization code flow and PKCE, keeps a short session, and asks again once it has expired', async () => {
    const { page, context, errors } = await newPage(browser, { signedIn: false });
    const authorizeRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/auth?')) authorizeRequests.push(r.url());
    });
    await page.goto(`${baseUrl()}/`);
    await page.locator('[data-testid="sign-in"]').waitFor();
    await page.click('[data-testid="company-sign-in"]');

    // The provider's own sign-in page (oidc-provider's development login form).
    await page.waitForSelector('input[name="login"]', { timeout: 30_000 });
    const authorize = new URL(authorizeRequests[0]!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    await page.fill('input[name="login"]', 'maria');
    await page.fill('input[name="password"]', 'any');
    await page.click('button[type="submit"]');

    await page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 60_000 });
    // The provider's development login page loads things from elsewhere; only the app's own errors count.
    errors.length = 0;
    expect(new URL(page.url()).pathname).toBe('/');
    expect(page.url()).not.toMatch(/code=|state=/);
    expect(await page.locator('[data-testid="sign-in"]').count()).toBe(0);
    await screenshot(page, '13-company-sign-in');

    // The session is the provider's access token, in this tab only; no CLI token was needed.
    const stored = await page.evaluate(() => ({ session: sessionStorage.getItem('kamgraph.session'), token: localStorage.getItem('kamgraph.token') }));
    expect(stored.token).toBeNull();
    const session = JSON.parse(stored.session!) as { accessToken: string; expiresAt: number };
    // The API knows who signed in: the demo's KAM, found by her e-mail.
    const me = await page.evaluate(async (accessToken) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ query: '{ me { user { id role } } }' }) });
      return response.json();
    }, session.accessToken);
    expect(me).toEqual({ data: { me: { user: { id: 'user-kam', role: 'KAM' } } } });

    // Once the session has run out, the app asks to sign in again.
    await page.evaluate(() => {
      const s = JSON.parse(sessionStorage.getItem('kamgraph.session')!) as { expiresAt: number };
      sessionStorage.setItem('kamgraph.session', JSON.stringify({ ...s, expiresAt: Date.now() - 1 }));
    });
    await page.reload();
    await page.locator('[data-testid="sign-in"]').waitFor({ timeout: 30_000 });
    // The company button appears once the app has read /auth/config.
    await page.locator('[data-testid="company-sign-in"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="company-sign-in"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
