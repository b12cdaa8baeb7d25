// Run by `npm test` before anything else: the browser tests drive Debian's Chromium, and a
// fresh machine does not have it. Like Playwright's `install --with-deps`, we install it when
// we may (root, or sudo without a password) and say so; otherwise we stop at once with the
// exact command to run. The browser tests are never skipped silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './chromium-path.js';

const PACKAGES = ['chromium', 'fonts-dejavu-core'];
const INSTALL = `apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

function canRun(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function stop(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

if (!existsSync(CHROMIUM)) {
  const custom = process.env.CHROMIUM_PATH !== undefined;
  if (custom) stop(`CHROMIUM_PATH is set to "${CHROMIUM}", which does not exist. Point it at a Chromium binary, or unset it to use Debian's /usr/bin/chromium.`);
  const hasApt = canRun('apt-get', ['--version']);
  const isRoot = process.getuid?.() === 0;
  const sudo = !isRoot && canRun('sudo', ['-n', 'true']);
  if (!hasApt) {
    stop(`The browser tests need Chromium at ${CHROMIUM}, and this machine has no apt-get. Install Chromium and set CHROMIUM_PATH to its binary, then run npm test again.`);
  }
  if (!isRoot && !sudo) {
    stop(`The browser tests need Debian's Chromium, which is not installed. Run:\n  sudo apt-get update && sudo ${INSTALL}\nthen run npm test again.`);
  }
  const prefix = isRoot ? [] : ['sudo', '-n'];
  process.stdout.write(`The browser tests need Debian's Chromium, which is missing: installing ${PACKAGES.join(' and ')} with apt-get...\n`);
  const apt = (args: string[]) => (prefix.length ? run(prefix[0]!, [...prefix.slice(1), 'apt-get', ...args]) : run('apt-get', args));
  const ok = apt(['update', '-q']) && apt(['install', '-y', '-q', '--no-install-recommends', ...PACKAGES]);
  if (!ok || !existsSync(CHROMIUM)) {
    stop(`Installing Chromium failed (see apt-get's output above). Run:\n  ${isRoot ? '' : 'sudo '}apt-get update && ${isRoot ? '' : 'sudo '}${INSTALL}\nthen run npm test again.`);
  }
  process.stdout.write(`Installed ${CHROMIUM}.\n`);
}
