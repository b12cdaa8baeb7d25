import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const MODULE_DIR = path.join(PROJECT_ROOT, 'neo4j-embedded');
const CLASSES_DIR = path.join(MODULE_DIR, 'target', 'classes');
const LIB_DIR = path.join(MODULE_DIR, 'target', 'lib');
const MAIN_CLASS = 'io.kamgraph.neo4j.EmbeddedNeo4j';
const READY = 'KAMGRAPH_NEO4J_READY';
const STOPPED = 'KAMGRAPH_NEO4J_STOPPED';
const START_TIMEOUT_MS = 120_000;

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  heap?: string;
  pageCache?: string;
  /** Where launcher output goes; defaults to stderr so stdout stays clean for CLIs. */
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** Sends SIGTERM and resolves once the store is closed. */
  stop(): Promise<void>;
  /** Kills the process outright (SIGKILL), as a crash would; for fault tests. */
  kill(): Promise<void>;
  /** True once the launcher reported that the store closed cleanly. */
  readonly stoppedCleanly: boolean;
  /** Resolves when the process exits for any reason. */
  readonly exited: Promise<number | null>;
  /** Once exited: the exit code, or the signal that ended it (SIGKILL for a crash or the OOM killer). */
  readonly exitCode: number | null;
  readonly exitSignal: string | null;
}

const SOURCE = path.join(MODULE_DIR, 'src', 'main', 'java', 'io', 'kamgraph', 'neo4j', 'EmbeddedNeo4j.java');
const CLASS_FILE = path.join(CLASSES_DIR, 'io', 'kamgraph', 'neo4j', 'EmbeddedNeo4j.class');

/** Built, and not older than the launcher's source. */
export function isLauncherBuilt(): boolean {
  if (!existsSync(CLASS_FILE) || !existsSync(LIB_DIR) || !readdirSync(LIB_DIR).some((f) => f.startsWith('neo4j-kernel'))) return false;
  const built = statSync(CLASS_FILE).mtimeMs;
  return statSync(SOURCE).mtimeMs <= built;
}

/** Builds the Maven module once; the first build downloads Neo4j from Maven Central. */
export function ensureLauncherBuilt(log: (line: string) => void = defaultLog): void {
  if (isLauncherBuilt()) return;
  log('Building the embedded Neo4j launcher (first run downloads about 120 MB from Maven Central)...');
  const result = spawnSync('mvn', ['-q', '-B', '-f', path.join(MODULE_DIR, 'pom.xml'), 'package', '-DskipTests'], {
    stdio: 'inherit',
  });
  if (result.error) {
    throw new Error(`Could not run Maven (${result.error.message}). Install Java 17 and Maven, or set NEO4J_URI.`);
  }
  if (result.status !== 0 || !isLauncherBuilt()) {
    throw new Error(`Building neo4j-embedded failed (mvn exit ${result.status}). See the Maven output above.`);
  }
}

export function isPortOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Asks the OS for a free loopback port (tests run on one so they never meet a dev database). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? defaultLog;
  ensureLauncherBuilt(log);
  if (await isPortOpen(options.port)) {
    throw new Error(
      `Port ${options.port} is already in use, so the embedded Neo4j cannot listen there. ` +
        'Set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the server that listens there.',
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const args = [
    `-Xmx${options.heap ?? '2g'}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // Neo4j's own start script passes these; without them Netty logs reflective-access warnings.
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
    MAIN_CLASS,
    options.dataDir,
    String(options.port),
    options.pageCache ?? '512m',
  ];
  // stdin stays open for the child's life: when this process dies, the pipe closes and the
  // launcher shuts Neo4j down instead of living on as an orphan.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const tail: string[] = [];
  let stoppedCleanly = false;
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000} s:\n${tail.join('\n')}`));
    }, START_TIMEOUT_MS);
    forEachLine(child, (line, stream) => {
      remember(line);
      if (line.startsWith(STOPPED)) stoppedCleanly = true;
      if (line.startsWith(READY)) {
        clearTimeout(timer);
        log(line.replace(READY, 'Embedded Neo4j ready at'));
        resolve();
      } else if (stream === 'stderr' && /ERROR|Exception|FAILED/.test(line)) {
        log(`[neo4j] ${line}`);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start java (${error.message}). Install Java 17, or set NEO4J_URI.`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Embedded Neo4j exited with code ${code} before it was ready:\n${tail.join('\n')}`));
    });
  });

  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    pid: child.pid ?? -1,
    exited,
    get exitCode() {
      return child.exitCode;
    },
    get exitSignal() {
      return child.signalCode;
    },
    get stoppedCleanly() {
      return stoppedCleanly;
    },
    stop: () => stopChild(child, exited),
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 60_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

function forEachLine(child: ChildProcess, onLine: (line: string, stream: 'stdout' | 'stderr') => void): void {
  for (const stream of ['stdout', 'stderr'] as const) {
    let buffered = '';
    child[stream]?.setEncoding('utf8');
    child[stream]?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line, stream);
    });
  }
}

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}
