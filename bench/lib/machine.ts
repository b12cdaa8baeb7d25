import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  neo4j: string;
  java: string;
  chromium: string | null;
}

export function machineInfo(): MachineInfo {
  const cpuinfo = safe(() => readFileSync('/proc/cpuinfo', 'utf8'), '');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const nproc = Number(safe(() => execFileSync('nproc', { encoding: 'utf8' }).trim(), String(os.availableParallelism())));
  return {
    cpus: nproc,
    cpuModel: model,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: neo4jVersion(),
    // java -version prints to stderr.
    java: safe(() => /version "([^"]+)"/.exec(execFileSync('sh', ['-c', 'java -version 2>&1'], { encoding: 'utf8' }))?.[1] ?? 'unknown', 'unknown'),
    chromium: safe(() => execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(), null),
  };
}

/** From the launcher's classpath: neo4j-kernel-<version>.jar. */
function neo4jVersion(): string {
  const lib = path.join(PROJECT_ROOT, 'neo4j-embedded', 'target', 'lib');
  if (!existsSync(lib)) return 'unknown';
  const jar = readdirSync(lib).find((f) => /^neo4j-kernel-\d/.test(f));
  return jar ? `Community ${jar.replace(/^neo4j-kernel-/, '').replace(/\.jar$/, '')} (embedded)` : 'unknown';
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
