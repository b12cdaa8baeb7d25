/**
 * The web map in headless Chromium: time from navigation to a laid-out map that answers
 * a click, for about 500, 2,000 and 5,000 nodes. It measures the real web app when it
 * builds and reports `data-layout="ready"` on its map, three ways side by side: the bare
 * Cytoscape page (bench/map-page: the same graphView query, Cytoscape + fcose draft), the
 * app's full map (`all=1`: every person drawn) and the app's overview (what a large scope
 * opens on: coalitions as single nodes, the most powerful people and our contacts).
 * Without the app, the bench page alone, and it says which.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { GraphViewDocument } from '../../web/src/gql/graphql.js';
import { MAP_TIE_TYPES } from '../../web/src/shared/urls/map-view.js';
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
  /** The app: nodes and ties drawn (in Cytoscape, hidden or not), and whether the overview was shown. */
  drawn?: { nodes: number; edges: number; overview: boolean };
}

export interface MapPoint {
  targetNodes: number;
  limit: number;
  nodes: number;
  edges: number;
  /** The app's full map (every person drawn), or the bench page without the app. */
  runs: MapRun[];
  interactive_ms: number;
  /** The same data on the bench page (bare Cytoscape + fcose draft), when the web app was measured. */
  benchPage?: MapRun;
  /** The app as it opens (the overview when the scope is large), when the web app was measured. */
  overview?: { runs: MapRun[]; interactive_ms: number };
  /**
   * The map's answer fetched from Node (no browser): the app's GraphView document, and the
   * smallest answer on the same cached view (people in scope and the coalitions' sizes), the
   * floor of any answer grouped on the server. Medians of 5, on the warm server.
   */
  answer?: { bytes: number; ms: number; smallestBytes: number; smallest_ms: number };
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
      // The first map is computed cold (scope power, the map view): over a minute on a busy machine.
      const probe = await runApp(browser, port, token, territoryId, 200, 150_000).catch((error: Error) => error);
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
      const overviewRuns: MapRun[] = [];
      // Interleaved, so that a busy spell on the shared machine falls on both.
      for (let i = 0; i < (options.quick ? 1 : 3); i += 1) {
        if (source === 'web-app') {
          runs.push(await runApp(browser, port, token, territoryId, limit, 120_000, 'everyone'));
          overviewRuns.push(await runApp(browser, port, token, territoryId, limit, 120_000, 'as-opened'));
        } else runs.push(await runPage(browser, port, token, territoryId, limit));
      }
      const medianOf = (list: MapRun[]) => list.map((r) => r.interactive_ms).sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
      const point: MapPoint = { targetNodes: target, limit, nodes, edges, runs, interactive_ms: medianOf(runs) };
      if (overviewRuns.length) point.overview = { runs: overviewRuns, interactive_ms: medianOf(overviewRuns) };
      // The bare page separates the app's own work from Cytoscape's layout and drawing.
      if (source === 'web-app') point.benchPage = await runPage(browser, port, token, territoryId, limit);
      point.answer = await answerWeight(port, token, territoryId, limit);
      points.push(point);
      const drawn = point.overview?.runs[0]?.drawn;
      log(
        `  map ${nodes} nodes / ${edges} edges (${source}): full map interactive after ${round(point.interactive_ms, 0)} ms (runs ${runs.map((r) => r.interactive_ms).join(', ')})` +
          (point.overview ? `; as opened${drawn?.overview ? ` (overview, ${drawn.nodes} nodes / ${drawn.edges} ties drawn)` : ' (every person)'} ${point.overview.interactive_ms} ms (runs ${overviewRuns.map((r) => r.interactive_ms).join(', ')})` : '') +
          (point.benchPage ? `; bare page ${point.benchPage.interactive_ms} ms (data ${point.benchPage.dataArrived_ms}, layout done ${point.benchPage.layoutDone_ms})` : ''),
      );
    }
    return { source, reason, territoryId, points };
  } finally {
    await browser.close();
  }
}

const SMALLEST_ANSWER = `query GraphViewSmallest($scope: ScopeInput!, $tieTypes: [TieType!], $limit: Int) {
  graphView(scope: $scope, tieTypes: $tieTypes, limit: $limit) { peopleInScope coalitions { memberCount } }
}`;

/** Bytes and time of the map's answer, and of the smallest answer on the same view (see MapPoint.answer). */
async function answerWeight(port: number, token: string, territoryId: string, limit: number): Promise<MapPoint['answer']> {
  const variables = { scope: { territoryId }, tieTypes: [...MAP_TIE_TYPES], limit };
  const once = async (query: string) => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (!response.ok || text.includes('"errors"')) throw new Error(`the map's answer failed: ${text.slice(0, 200)}`);
    return { bytes: Buffer.byteLength(text), ms };
  };
  const measure = async (query: string) => {
    const runs = [];
    for (let i = 0; i < 5; i += 1) runs.push(await once(query));
    return { bytes: runs[0]!.bytes, ms: round(median(runs.map((r) => r.ms))!, 1) };
  };
  const full = await measure(print(GraphViewDocument));
  const smallest = await measure(SMALLEST_ANSWER);
  return { bytes: full.bytes, ms: full.ms, smallestBytes: smallest.bytes, smallest_ms: smallest.ms };
}

const median = (values: Array<number | null | undefined>): number | null => {
  const v = values.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)]! : null;
};

/** Issue 16's targets: the map as a scope opens, interactive within (ms), by node count. */
export const MAP_LIMITS: Record<number, number> = { 500: 1_000, 2_000: 1_500, 5_000: 2_500 };

/** The three ways of one point: bare Cytoscape, the app's full map, the app as opened (the overview). */
export function mapRows(result: MapResult) {
  return result.points.map((p) => {
    const opened = p.overview;
    const drawn = opened?.runs[0]?.drawn ?? null;
    const lastOpened = opened?.runs[opened.runs.length - 1];
    const lastFull = p.runs[p.runs.length - 1];
    return {
      nodes: p.nodes,
      edges: p.edges,
      limit: p.limit,
      bare_ms: p.benchPage?.interactive_ms ?? null,
      full_ms: p.interactive_ms,
      fullRuns: p.runs.map((r) => r.interactive_ms),
      opened_ms: opened?.interactive_ms ?? null,
      openedRuns: opened?.runs.map((r) => r.interactive_ms) ?? [],
      openedDrawn: drawn,
      target_ms: MAP_LIMITS[p.targetNodes] ?? null,
      dataArrivedFull_ms: median(p.runs.map((r) => r.dataArrived_ms)),
      dataArrivedOpened_ms: median(opened?.runs.map((r) => r.dataArrived_ms) ?? []),
      clickFull_ms: median(p.runs.map((r) => r.clickToSelect_ms)),
      clickOpened_ms: median(opened?.runs.map((r) => r.clickToSelect_ms) ?? []),
      marksFull: lastFull?.marks ?? null,
      marksOpened: lastOpened?.marks ?? null,
      answer: p.answer ?? null,
      requestsOpened: lastOpened?.requests ?? null,
    };
  });
}

/** A plain-text account of a map measurement (bench --map-only prints it). */
export function mapSummary(result: MapResult): string {
  const lines = [`map (${result.source}; ${result.reason}), scope ${result.territoryId}: medians of runs`];
  for (const r of mapRows(result)) {
    const verdict = r.target_ms === null || r.opened_ms === null ? '' : r.opened_ms < r.target_ms ? ' (target met)' : ' (target MISSED)';
    lines.push(
      `  ${r.nodes} nodes / ${r.edges} edges (limit ${r.limit}): bare page ${r.bare_ms ?? '-'} ms; app, every person ${r.full_ms} ms (runs ${r.fullRuns.join(', ')}); ` +
        `app as opened${r.openedDrawn?.overview ? ` (overview: ${r.openedDrawn.nodes} nodes, ${r.openedDrawn.edges} ties drawn)` : ''} ${r.opened_ms ?? '-'} ms (runs ${r.openedRuns.join(', ')})` +
        (r.target_ms ? `, target < ${r.target_ms} ms${verdict}` : ''),
    );
    lines.push(`    data arrived ${r.dataArrivedFull_ms ?? '-'} / ${r.dataArrivedOpened_ms ?? '-'} ms, click → selected ${r.clickFull_ms ?? '-'} / ${r.clickOpened_ms ?? '-'} ms (every person / as opened)`);
    if (r.answer) lines.push(`    answer from Node: ${Math.round(r.answer.bytes / 1024)} KB in ${r.answer.ms} ms; smallest (people in scope, coalition sizes) ${r.answer.smallestBytes} bytes in ${r.answer.smallest_ms} ms`);
    if (r.marksFull) lines.push(`    every person, app measures (last run): ${Object.entries(r.marksFull).map(([name, m]) => `${name} ${m.duration_ms} ms at ${m.start_ms}`).join(', ')}`);
    if (r.marksOpened) lines.push(`    as opened, app measures (last run): ${Object.entries(r.marksOpened).map(([name, m]) => `${name} ${m.duration_ms} ms at ${m.start_ms}`).join(', ')}`);
    if (r.requestsOpened) lines.push(`    as opened, requests (last run): ${r.requestsOpened.map((q) => `${q.operation} ${q.start_ms}–${q.end_ms}`).join(', ')}`);
  }
  return lines.join('\n');
}

/** bench/results/map.md for `--map-only`: the three ways side by side, the machine and its load. */
export function mapMarkdown(result: MapResult, meta: { command: string; machine: string; date: string; load: { start: number[]; end: number[]; max1m: number } }): string {
  const ms = (v: number | null) => (v === null ? '-' : `${v.toLocaleString('en-US')} ms`);
  const lines = [
    '# The web map: bare Cytoscape, the full map and the overview (issue 16)',
    '',
    `\`${meta.command}\` on ${meta.machine}, ${meta.date}.`,
    `Load average at the start ${meta.load.start.map((v) => v.toFixed(1)).join(' ')}, at the end ${meta.load.end.map((v) => v.toFixed(1)).join(' ')}, highest 1-minute ${meta.load.max1m.toFixed(1)}` +
      ' (other work shared the two cores: absolute times are higher than on an idle machine).',
    '',
    `Headless Chromium, 1,440 × 900, a fresh context per run; scope ${result.territoryId}, the map query's \`limit\` set for about 500, 2,000 and 5,000 nodes.` +
      ' Interactive: from navigation start to the laid-out map painted (two frames after `data-layout="ready"`). The app is measured as a link to the scope opens it' +
      ' (the overview, since these scopes are large) and with `all=1` (every person drawn), interleaved, median of the runs; the bare page once.',
    '',
    '| nodes | ties | bare Cytoscape page | app, every person | app as opened (overview) | drawn in the overview | target | |',
    '|--:|--:|--:|--:|--:|--:|--:|---|',
  ];
  for (const r of mapRows(result)) {
    const met = r.target_ms === null || r.opened_ms === null ? '' : r.opened_ms < r.target_ms ? 'met' : '**missed**';
    lines.push(
      `| ${r.nodes.toLocaleString('en-US')} | ${r.edges.toLocaleString('en-US')} | ${ms(r.bare_ms)} | ${ms(r.full_ms)} | ${ms(r.opened_ms)} | ${r.openedDrawn ? `${r.openedDrawn.nodes} nodes, ${r.openedDrawn.edges} ties` : '-'} | ${r.target_ms ? `< ${r.target_ms.toLocaleString('en-US')} ms` : '-'} | ${met} |`,
    );
  }
  lines.push('', "The map's answer fetched from Node on the warm server (median of 5): the app's GraphView document, and the smallest answer on the same view (people in scope and the coalitions' sizes), the floor of an answer grouped on the server:", '');
  for (const r of mapRows(result)) {
    if (r.answer) lines.push(`- ${r.nodes.toLocaleString('en-US')} nodes: ${Math.round(r.answer.bytes / 1024).toLocaleString('en-US')} KB in ${r.answer.ms} ms; smallest ${r.answer.smallestBytes.toLocaleString('en-US')} bytes in ${r.answer.smallest_ms} ms.`);
  }
  lines.push('', 'Where the time goes (last run; ms from navigation start):', '');
  for (const r of mapRows(result)) {
    const marks = (m: typeof r.marksOpened) => (m ? Object.entries(m).map(([name, v]) => `${name} ${v.duration_ms} at ${v.start_ms}`).join(', ') : '-');
    lines.push(
      `- ${r.nodes.toLocaleString('en-US')} nodes: the map's data arrived at ${ms(r.dataArrivedOpened_ms)} (overview) and ${ms(r.dataArrivedFull_ms)} (every person); click → selected ${ms(r.clickOpened_ms)} / ${ms(r.clickFull_ms)}.` +
        ` Overview: ${marks(r.marksOpened)}. Every person: ${marks(r.marksFull)}.`,
    );
  }
  return `${lines.join('\n')}\n`;
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

/** `everyone`: the full map (`all=1`); `as-opened`: the map as a link to the scope opens it (the overview when the scope is large). */
export async function runApp(browser: Browser, port: number, token: string, territoryId: string, limit: number, timeout = 120_000, mode: 'everyone' | 'as-opened' = 'everyone'): Promise<MapRun> {
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
    await page.goto(`http://127.0.0.1:${port}/?scope=${encodeURIComponent(`territory:${territoryId}`)}${mode === 'everyone' ? '&all=1' : ''}#token=${token}`);
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
    const drawn = await page.evaluate(() => {
      const probe = (window as unknown as { __kamgraphMap?: { nodeIds(f: string): string[]; edgeIds(f: string): string[] } }).__kamgraphMap;
      return {
        nodes: probe?.nodeIds('all').length ?? 0,
        edges: probe?.edgeIds('all').length ?? 0,
        overview: document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.overview === 'on',
      };
    });
    const clickToSelect = await clickANode(page, async () => page.evaluate(() => new URL(location.href).searchParams.has('node')));
    const graphView = requests.find((r) => r.operation === 'GraphView');
    return {
      interactive_ms: round(interactive, 0),
      dataArrived_ms: graphView ? round(graphView.end - timeOrigin, 0) : null,
      layoutDone_ms: null,
      clickToSelect_ms: clickToSelect,
      drawn,
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
      // A person (a coalition's node in the overview opens it instead of selecting).
      for (const id of probe.nodeIds().filter((n) => !n.startsWith('group:'))) {
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
