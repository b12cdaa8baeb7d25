/**
 * A small closed-loop HTTP client: `concurrency` workers on keep-alive sockets, each
 * sending its next request as soon as the previous answer has fully arrived; latency
 * by process.hrtime (nanoseconds), so sub-millisecond answers and p95/p99 are real
 * (autocannon rounds to whole milliseconds and reports no p95).
 */
import http from 'node:http';

export interface PostTarget {
  port: number;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface Answer {
  status: number;
  body: string;
  ms: number;
}

export function post(agent: http.Agent, target: PostTarget): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port: target.port,
        path: target.path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(target.body), ...target.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });
}

export interface LoadResult {
  concurrency: number;
  requests: number;
  errors: number;
  firstError: string | null;
  wallMs: number;
  throughputRps: number;
  latencies: number[];
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface LoadOptions {
  concurrency: number;
  /** Requests to send (the run may stop earlier at maxSeconds, but sends at least minRequests). */
  requests: number;
  minRequests?: number;
  maxSeconds?: number;
  /** Requests sent first and not counted (per worker). */
  warmup?: number;
}

/** An answer counts as an error unless it is 200 with no GraphQL `errors` (or raw `error`). */
export function answerError(answer: Answer): string | null {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (answer.body.startsWith('{"errors"') || answer.body.includes('"errors":[{')) return answer.body.slice(0, 300);
  return null;
}

export async function closedLoop(target: PostTarget | (() => PostTarget), options: LoadOptions): Promise<LoadResult> {
  const next = typeof target === 'function' ? target : () => target;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  try {
    if (options.warmup) {
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          for (let i = 0; i < options.warmup!; i += 1) await post(agent, next());
        }),
      );
    }
    const latencies: number[] = [];
    let issued = 0;
    let errors = 0;
    let firstError: string | null = null;
    const minRequests = options.minRequests ?? options.requests;
    const deadline = performance.now() + (options.maxSeconds ?? Infinity) * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (issued < options.requests && (issued < minRequests || performance.now() < deadline)) {
          issued += 1;
          const answer = await post(agent, next());
          const error = answerError(answer);
          if (error) {
            errors += 1;
            firstError ??= error;
          }
          latencies.push(answer.ms);
        }
      }),
    );
    const wallMs = performance.now() - started;
    return { concurrency: options.concurrency, requests: latencies.length, errors, firstError, wallMs, throughputRps: (latencies.length / wallMs) * 1000, latencies, ...summarise(latencies) };
  } finally {
    agent.destroy();
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(values: number[]): { p50: number; p95: number; p99: number; mean: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

export function median(values: number[]): number {
  return summarise(values).p50;
}
