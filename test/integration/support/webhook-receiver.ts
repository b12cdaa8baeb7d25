import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { graphql } from '../gql/index.js';
import type { TestApi } from './api.js';

const DELETE_WEBHOOK = graphql(`mutation ReceiverDeleteWebhook($id: ID!) { deleteWebhook(id: $id) { ok } }`);

export interface WebhookReceiver {
  /** The receiver's address with a path: `url('/hook')`. */
  url(path: string): string;
  /** Webhooks a test registered: deleted once the file is done, so later files' writes reach nobody. */
  hooks: string[];
}

/**
 * A real HTTP receiver for a describe block's webhook tests, listening on a free port while
 * they run. `answer` gets each request with its whole body and writes the response (or none,
 * to be a receiver that never answers).
 */
export function useWebhookReceiver(api: TestApi, answer: (request: http.IncomingMessage, body: string, response: http.ServerResponse) => void): WebhookReceiver {
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => answer(req, body, res));
  });
  let base = '';
  const hooks: string[] = [];
  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const hook of hooks) await api.query(DELETE_WEBHOOK, { id: hook });
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });
  return { url: (path) => `${base}${path}`, hooks };
}

/** Asks `probe` every 100 ms until it gives a value, for up to `ms` (deliveries go out in the background). */
export async function waitForValue<T>(probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
