// Temporary screenshot script on the bench graph (not committed).
import { chromium } from 'playwright-core';
const [base, token, dir] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
const t0 = Date.now();
await page.goto(`${base}/?scope=territory:territory-bench-10k#token=${token}`);
await page.waitForSelector('[data-testid="map"][data-layout="ready"]', { timeout: 300000 });
console.log('ready', Date.now() - t0, await page.getAttribute('[data-testid="map"]', 'data-overview'), await page.getAttribute('[data-testid="map"]', 'data-visible-nodes'));
await page.waitForTimeout(3000);
await page.screenshot({ path: `${dir}/real-overview.png` });
const probe = (f: string, ...a: unknown[]) => page.evaluate(([f, a]) => (window as any).__kamgraphMap[f as string](...(a as unknown[])), [f, a] as const);
const ids = (await probe('nodeIds', 'all')) as string[];
console.log('groups', ids.filter((i) => i.startsWith('group:')).length, 'people', ids.filter((i) => i.startsWith('person')).length, 'others', ids.filter((i) => !i.startsWith('group:') && !i.startsWith('person')).length);
const target = 'group:2';
const data = (await probe('data', target)) as Record<string, unknown>;
console.log(target, data?.name);
const p = (await probe('clientPosition', target)) as { x: number; y: number };
// Click inside the disc, away from the people drawn in it: its top edge area.
await page.mouse.click(p.x, p.y - Number(data.size) * 0.0 );
await page.waitForFunction(() => location.search.includes('open='), null, { timeout: 60000 });
await page.waitForTimeout(4000);
console.log(page.url().split('?')[1]?.split('#')[0], await page.getAttribute('[data-testid="map"]', 'data-visible-nodes'));
await page.screenshot({ path: `${dir}/real-expanded.png` });
await browser.close();
