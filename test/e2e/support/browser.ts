// Chromium for the e2e tests: Debian's build through playwright-core (no browser download),
// one browser per test file, a fresh context (fresh localStorage) per test.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

import { CHROMIUM } from './chromium-path.js';

export { CHROMIUM };
export const ARTIFACTS = path.resolve(import.meta.dirname, '..', '..', 'artifacts', 'e2e');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const baseUrl = () => inject('e2eBaseUrl');
export const token = () => inject('e2eToken');

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors other than the expected 401s. */
  errors: string[];
}

export async function newPage(browser: Browser, options: { signedIn?: boolean; token?: string } = {}): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  if (options.signedIn !== false) {
    const t = options.token ?? token();
    await context.addInitScript((value) => {
      if (!localStorage.getItem('kamgraph.token')) localStorage.setItem('kamgraph.token', value);
    }, t);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/**
 * One Chromium for a test file: launched before its tests and closed after them, with every
 * page opened through `page()` (each in its own context, so each starts signed out of
 * nothing but what its options say).
 */
export function useBrowser(): { page(options?: Parameters<typeof newPage>[1]): Promise<OpenPage> } {
  let browser: Browser | undefined;
  const open: OpenPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(open.map((o) => o.context.close()));
    await browser?.close();
  });
  return {
    async page(options = {}) {
      const o = await newPage(browser!, options);
      open.push(o);
      return o;
    },
  };
}

/** Opens a map URL and waits until the layout is done. */
export async function openMap(page: Page, pathAndQuery = '/'): Promise<void> {
  await page.goto(`${baseUrl()}${pathAndQuery}`);
  await page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 60_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Reads the map through the probe the app exposes (a canvas has no DOM to query). */
export function probe<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([f, a]) => {
      const p = (window as unknown as { __kamgraphMap: Record<string, (...x: unknown[]) => unknown> }).__kamgraphMap;
      return p[f as string]!(...(a as unknown[]));
    },
    [fn, args] as const,
  ) as Promise<T>;
}

/** Clicks a node where it is drawn on the canvas. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const pos = await probe<{ x: number; y: number } | null>(page, 'clientPosition', id);
  if (!pos) throw new Error(`node ${id} is not drawn`);
  await page.mouse.click(pos.x, pos.y);
}

export async function visibleNodeCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid="map"]', 'data-visible-nodes'));
}

/** GraphQL straight to the API, as the signed-in KAM (for test data and checks). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (!json.data) throw new Error(`GraphQL failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}
