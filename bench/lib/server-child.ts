import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyticsCacheStats } from '../../server/src/kernel/cache/analytics-cache.js';
import type { RequestRecord } from './server-process.js';

/** What the bench server's whole-graph balance of power has done (whole-graph.ts stats()). */
export interface WholeGraphStats {
  computed: number;
  inBackground: number;
  provisional: number;
  failed: number;
  version: number | null;
  computedAt: string | null;
  warm: boolean;
}

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server-process.ts');

export interface ServerChild {
  port: number;
  pid: number;
  requests(): Promise<RequestRecord[]>;
  memory(): Promise<NodeJS.MemoryUsage & { peakRss: number; cache: AnalyticsCacheStats; wholeGraph: WholeGraphStats }>;
  clearCache(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts bench/lib/server-process.ts in its own Node process and waits until it listens. */
export async function startServerChild(options: { neo4jUri: string; authSecret: string; webDist?: string; mapDist?: string }): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: {
      ...process.env,
      BENCH_NEO4J_URI: options.neo4jUri,
      BENCH_AUTH_SECRET: options.authSecret,
      BENCH_WEB_DIST: options.webDist ?? '',
      BENCH_MAP_DIST: options.mapDist ?? '',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const match = /BENCH_SERVER_READY (\{.*\})/.exec(out);
      if (match) resolve((JSON.parse(match[1]!) as { port: number }).port);
    });
    void exited.then(() => reject(new Error(`the bench server exited before listening:\n${stderr}`)));
  });
  const get = <T>(pathname: string, method = 'GET') =>
    new Promise<T>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: pathname, method }, (res) => {
        let body = '';
        res.on('data', (c) => (body += String(c)));
        res.on('end', () => resolve(JSON.parse(body) as T));
      });
      req.on('error', reject);
      req.end();
    });
  return {
    port,
    pid: child.pid ?? -1,
    requests: () => get<RequestRecord[]>('/bench/requests'),
    memory: () => get('/bench/memory'),
    clearCache: async () => {
      await get('/bench/cache/clear', 'POST');
    },
    stop: () => stopChild(child, exited),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of any process, from /proc (Linux): current and peak, in bytes. */
export function processMemory(pid: number): { rss: number; peakRss: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
  } catch {
    return null;
  }
}
