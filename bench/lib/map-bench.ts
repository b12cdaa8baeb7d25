/**
 * The web map in headless Chromium: time from navigation to a laid-out map that answers
 * a click, for about 500, 2,000 and 5,000 nodes. It measures the real web app when it
 * builds and reports `data-layout="ready"` on its map; otherwise the bench's own page
 * (bench/map-page: the same graphView query, Cytoscape + fcose draft), and says which.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import type { BenchApi } from './measure.js';
import { round } from './measure.js';

export const MAP_TARGETS = [500, 2_000, 5_000];
// Not under .data/: Express's sendFile refuses paths with a dot-folder in them.
const APP_DIST = path.join(os.tmpdir(), 'kamgraph-bench-web-dist');
const PAGE_DIST = path.join(PROJECT_ROOT, '.data', 'bench-map-dist');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface MapDists {
  /** The web app built from web/ (null when it did not build). */
  app: string | null;
  appBuildError: string | null;
  /** The bench page, served at /bench-map/. */
  page: string;
}

/** Builds the web app (into .data, leaving web/dist alone) and the bench page. */
export async function buildMapPage(log: (line: string) => void): Promise<MapDists> {
  log('building the web app and the bench map page (Vite)...');
  rmSync(APP_DIST, { recursive: true, force: true });
  const app = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  const appOk = app.status === 0 && existsSync(path.join(APP_DIST, 'index.html'));
  const appBuildError = appOk ? null : `${app.stderr || app.stdout}`.trim().split('\n').slice(0, 3).join(' ').slice(0, 300);
  if (!appOk) log(`  the web app does not build now (${appBuildError}); the map is measured on the bench page`);
  await build({
    root: path.join(PROJECT_ROOT, 'bench', 'map-page'),
    base: '/bench-map/',
    logLevel: 'error',
    configFile: false,
    build: { outDir: PAGE_DIST, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  return { app: appOk ? APP_DIST : null, appBuildError, page: PAGE_DIST };
}

export interface MapRun {
  /** From navigation start to the laid-out map painted (two frames after layout). */
  interactive_ms: number;
  /** Milestones from navigation start (bench page only: the app does not expose them). */
  dataArrived_ms: number | null;
  layoutDone_ms: number | null;
  /** From a click on a node to the app's reaction (selection), after the map was ready. */
  clickToSelect_ms: number | null;
  /** The app's own User Timing measures of the map (map:elements, map:layout, map:add, map:draw): start and duration, ms. */
  marks?: Record<string, { start_ms: number; duration_ms: number }>;
  /** The app's GraphQL requests until the map was ready: operation, start and end from navigation start. */
  requests?: Array<{ operation: string; start_ms: number; end_ms: number }>;
}

export interface MapPoint {
  targetNodes: number;
  limit: number;
  nodes: number;
  edges: number;
  runs: MapRun[];
  interactive_ms: number;
  /** The same data on the bench page (bare Cytoscape + fcose draft), when the web app was measured. */
  benchPage?: MapRun;
}

export interface MapResult {
  source: 'web-app' | 'bench-page';
  reason: string;
  territoryId: string;
  points: MapPoint[];
}

/** The graphView `limit` (people kept) whose answer has about `target` nodes. */
export async function limitFor(api: BenchApi, territoryId: string, target: number): Promise<{ limit: number; nodes: number; edges: number }> {
  const count = async (limit: number) => {
    const data = await api.data<{ graphView: { nodes: unknown[]; edges: unknown[] } }>('graphql', 'graphView', { territoryId, limit });
    return { limit, nodes: data.graphView.nodes.length, edges: data.graphView.edges.length };
  };
  let lo = 1;
  let hi = 5_000;
  let best = await count(Math.min(hi, target));
  if (best.nodes <= target) return best;
  for (let i = 0; i < 10 && lo < hi; i += 1) {
    const mid = Math.floor((lo + hi + 1) / 2);
    const got = await count(mid);
    if (Math.abs(got.nodes - target) < Math.abs(best.nodes - target)) best = got;
    if (got.nodes > target) hi = mid - 1;
    else lo = mid;
    if (Math.abs(got.nodes - target) <= target * 0.02) break;
  }
  return best;
}

export async function mapBench(options: {
  port: number;
  token: string;
  territoryId: string;
  api: BenchApi;
  dists: MapDists;
  log: (line: string) => void;
  quick: boolean;
  /** Node counts wanted (default MAP_TARGETS). */
  targets?: number[];
}): Promise<MapResult> {
  const { port, token, territoryId, api, dists, log } = options;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    let source: MapResult['source'] = dists.app ? 'web-app' : 'bench-page';
    let reason = dists.app ? 'the web app built and its map reports data-layout="ready"' : `the web app did not build: ${dists.appBuildError}`;
    if (dists.app) {
      const probe = await runApp(browser, port, token, territoryId, 200, 45_000).catch((error: Error) => error);
      if (probe instanceof Error) {
        source = 'bench-page';
        reason = `the web app's map did not become ready (${probe.message.split('\n')[0]})`;
        log(`  ${reason}; measuring the bench page`);
      }
    }
    const points: MapPoint[] = [];
    for (const target of options.targets ?? MAP_TARGETS) {
      const { limit, nodes, edges } = await limitFor(api, territoryId, target);
      const runs: MapRun[] = [];
      for (let i = 0; i < (options.quick ? 1 : 3); i += 1) {
        runs.push(source === 'web-app' ? await runApp(browser, port, token, territoryId, limit) : await runPage(browser, port, token, territoryId, limit));
      }
      const sorted = runs.map((r) => r.interactive_ms).sort((a, b) => a - b);
      const point: MapPoint = { targetNodes: target, limit, nodes, edges, runs, interactive_ms: sorted[Math.floor(sorted.length / 2)]! };
      // The bare page separates the app's own work from Cytoscape's layout and drawing.
      if (source === 'web-app') point.benchPage = await runPage(browser, port, token, territoryId, limit);
      points.push(point);
      log(
        `  map ${nodes} nodes / ${edges} edges (${source}): interactive after ${round(point.interactive_ms, 0)} ms (runs ${sorted.map((v) => round(v, 0)).join(', ')})` +
          (point.benchPage ? `; bench page ${point.benchPage.interactive_ms} ms (data ${point.benchPage.dataArrived_ms}, layout done ${point.benchPage.layoutDone_ms})` : ''),
      );
    }
    return { source, reason, territoryId, points };
  } finally {
    await browser.close();
  }
}

const median = (values: Array<number | null | undefined>): number | null => {
  const v = values.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)]! : null;
};

/** A plain-text account of a map measurement (bench --map-only prints it). */
export function mapSummary(result: MapResult): string {
  const lines = [`map (${result.source}; ${result.reason}), scope ${result.territoryId}: medians of runs`];
  for (const p of result.points) {
    lines.push(
      `  ${p.nodes} nodes / ${p.edges} edges (limit ${p.limit}): interactive ${p.interactive_ms} ms (runs ${p.runs.map((r) => r.interactive_ms).join(', ')}),` +
        ` data arrived ${median(p.runs.map((r) => r.dataArrived_ms))} ms, click → selected ${median(p.runs.map((r) => r.clickToSelect_ms))} ms` +
        (p.benchPage ? `; bare page ${p.benchPage.interactive_ms} ms (data ${p.benchPage.dataArrived_ms}, layout done ${p.benchPage.layoutDone_ms})` : ''),
    );
    const last = p.runs[p.runs.length - 1];
    if (last?.marks) lines.push(`    app measures (last run): ${Object.entries(last.marks).map(([name, m]) => `${name} ${m.duration_ms} ms at ${m.start_ms}`).join(', ')}`);
    if (last?.requests) lines.push(`    requests (last run): ${last.requests.map((r) => `${r.operation} ${r.start_ms}–${r.end_ms}`).join(', ')}`);
  }
  return lines.join('\n');
}

async function withPage<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
  // A fresh context per run: no HTTP cache, no saved map positions.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}

const twoFramesLater = (page: Page) =>
  page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));

async function runPage(browser: Browser, port: number, token: string, territoryId: string, limit: number): Promise<MapRun> {
  return withPage(browser, async (page) => {
    await page.goto(`http://127.0.0.1:${port}/bench-map/?territory=${encodeURIComponent(territoryId)}&limit=${limit}#token=${token}`);
    await page.waitForFunction(() => document.body.dataset.mapReady === '1' || window.__benchError, null, { timeout: 120_000, polling: 100 });
    const marks = await page.evaluate(() => ({ map: window.__benchMap, error: window.__benchError }));
    if (!marks.map) throw new Error(`bench map failed: ${marks.error}`);
    const clickToSelect = await clickANode(page, async () => {
      const id = await page.evaluate(() => {
        const taps = window.__benchTaps ?? [];
        return taps.length ? taps[taps.length - 1]!.id : null;
      });
      return id !== null;
    });
    return {
      interactive_ms: round(marks.map.painted, 0),
      dataArrived_ms: round(marks.map.fetched, 0),
      layoutDone_ms: round(marks.map.laidOut, 0),
      clickToSelect_ms: clickToSelect,
    };
  });
}

export async function runApp(browser: Browser, port: number, token: string, territoryId: string, limit: number, timeout = 120_000): Promise<MapRun> {
  return withPage(browser, async (page) => {
    // The app asks for 2,000 people; the bench sets the limit that gives the node count wanted
    // (on the map's query and on the ties' details asked with the same variables once drawn).
    await page.route('**/graphql', async (route) => {
      const request = route.request();
      const body = request.postDataJSON() as { operationName?: string; variables?: Record<string, unknown> } | null;
      if (request.method() === 'POST' && (body?.operationName === 'GraphView' || body?.operationName === 'GraphViewTies')) {
        await route.continue({ postData: JSON.stringify({ ...body, variables: { ...body.variables, limit } }) });
      } else {
        await route.continue();
      }
    });
    // The app's GraphQL requests (epoch ms); the map's data arrived at the GraphView response's end.
    const requests: Array<{ operation: string; start: number; end: number }> = [];
    page.on('requestfinished', (request) => {
      if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
      const timing = request.timing();
      const operation = (request.postDataJSON() as { operationName?: string } | null)?.operationName ?? '?';
      requests.push({ operation, start: timing.startTime, end: timing.startTime + timing.responseEnd });
    });
    await page.goto(`http://127.0.0.1:${port}/?scope=${encodeURIComponent(`territory:${territoryId}`)}#token=${token}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.layout === 'ready', null, {
      timeout,
      polling: 'raf',
    });
    const interactive = await twoFramesLater(page);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('map:'))
          .map((m) => [m.name, { start_ms: Math.round(m.startTime), duration_ms: Math.round(m.duration) }]),
      ),
    );
    const clickToSelect = await clickANode(page, async () => page.evaluate(() => new URL(location.href).searchParams.has('node')));
    const graphView = requests.find((r) => r.operation === 'GraphView');
    return {
      interactive_ms: round(interactive, 0),
      dataArrived_ms: graphView ? round(graphView.end - timeOrigin, 0) : null,
      layoutDone_ms: null,
      clickToSelect_ms: clickToSelect,
      marks,
      requests: requests
        .filter((r) => r.start - timeOrigin <= interactive)
        .map((r) => ({ operation: r.operation, start_ms: round(r.start - timeOrigin, 0), end_ms: round(r.end - timeOrigin, 0) })),
    };
  });
}

/** Clicks the first node drawn well inside the canvas and times the page's reaction (selection). */
async function clickANode(page: Page, reacted: () => Promise<boolean>): Promise<number | null> {
  const spot = await page.evaluate(() => {
    const probe = (window as unknown as { __kamgraphMap?: { nodeIds(): string[]; clientPosition(id: string): { x: number; y: number } | null } }).__kamgraphMap;
    if (probe) {
      for (const id of probe.nodeIds()) {
        const p = probe.clientPosition(id);
        if (p && p.x > 50 && p.y > 50 && p.x < innerWidth - 400 && p.y < innerHeight - 50) return p;
      }
    }
    return null;
  });
  if (!spot) return null;
  const before = performance.now();
  await page.mouse.click(spot.x, spot.y);
  for (let i = 0; i < 200; i += 1) {
    if (await reacted()) return round(performance.now() - before, 0);
    await page.waitForTimeout(10);
  }
  return null;
}
