import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../kernel/config.js';
import { schemaFiles } from '../kernel/graphql/load-schema.js';

const WEB = path.join(PROJECT_ROOT, 'web');
const BUILT = path.join(WEB, 'dist', 'index.html');

/** Builds the web app when it is missing or older than its sources, so `npm start` always serves the current UI. */
export function ensureWebBuilt(log: (line: string) => void): void {
  if (existsSync(BUILT) && newestSource() <= statSync(BUILT).mtimeMs) return;
  log('Building the web app...');
  const result = spawnSync('npx', ['vite', 'build', '--config', path.join(WEB, 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`Building the web app failed (vite exit ${result.status}); see the output above.`);
}

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  walk(path.join(WEB, 'src'));
  for (const file of ['index.html', 'vite.config.ts', 'aliases.ts']) newest = Math.max(newest, statSync(path.join(WEB, file)).mtimeMs);
  // The console bundles the README's examples and the SDL's docs at build time.
  newest = Math.max(newest, statSync(path.join(PROJECT_ROOT, 'README.md')).mtimeMs);
  for (const file of schemaFiles()) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}
