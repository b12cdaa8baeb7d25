/**
 * Writes told between the server processes of one machine (WORKERS=n; cluster.ts). Each
 * process remembers the graph version and its users' viewers between writes
 * (kernel/auth/viewer-source.ts); when one process commits a write, every other one must
 * forget before the write's answer leaves, so that the writer's next question, served by
 * any process, sees it.
 *
 *   writer -> primary     graph-written {id}
 *   primary -> the others forget-graph {id}      each answers forgot-graph {id}
 *   primary -> writer     graph-written-done {id} once all have answered (or after
 *                         SIBLING_WAIT_MS: a process that does not answer is busy or
 *                         dying, and its own background read catches up within checkMs)
 */
import cluster, { type Worker } from 'node:cluster';
import type { SiblingRelay } from './kernel/auth/viewer-source.js';

type RelayMessage =
  | { kamgraph: 'graph-written'; id: number }
  | { kamgraph: 'graph-written-done'; id: number }
  | { kamgraph: 'forget-graph'; id: number }
  | { kamgraph: 'forgot-graph'; id: number };

/** How long the primary waits for the other processes to forget. */
export const SIBLING_WAIT_MS = 2_000;

function relayMessage(message: unknown): RelayMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const { kamgraph, id } = message as { kamgraph?: unknown; id?: unknown };
  if (typeof id !== 'number') return null;
  if (kamgraph === 'graph-written' || kamgraph === 'graph-written-done' || kamgraph === 'forget-graph' || kamgraph === 'forgot-graph') return { kamgraph, id };
  return null;
}

/** The primary's part: relays each worker's write to the others and answers when they have forgotten. */
export function relayWritesBetweenWorkers(): () => void {
  let next = 0;
  const waiting = new Map<number, { pending: Set<Worker>; done: () => void }>();
  const onMessage = (from: Worker, raw: unknown) => {
    const message = relayMessage(raw);
    if (!message) return;
    if (message.kamgraph === 'forgot-graph') {
      const wait = waiting.get(message.id);
      wait?.pending.delete(from);
      if (wait && wait.pending.size === 0) wait.done();
      return;
    }
    if (message.kamgraph !== 'graph-written') return;
    const others = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && w !== from && !w.isDead());
    const id = (next += 1);
    const answer = () => {
      clearTimeout(timer);
      waiting.delete(id);
      if (!from.isDead()) from.send({ kamgraph: 'graph-written-done', id: message.id } satisfies RelayMessage);
    };
    const timer = setTimeout(answer, SIBLING_WAIT_MS);
    waiting.set(id, { pending: new Set(others), done: answer });
    if (others.length === 0) return answer();
    for (const worker of others) worker.send({ kamgraph: 'forget-graph', id } satisfies RelayMessage);
  };
  // A worker that exits answers no more: it is not waited for.
  const onExit = (worker: Worker) => {
    for (const wait of waiting.values()) {
      wait.pending.delete(worker);
      if (wait.pending.size === 0) wait.done();
    }
  };
  cluster.on('message', onMessage);
  cluster.on('exit', onExit);
  return () => {
    cluster.off('message', onMessage);
    cluster.off('exit', onExit);
  };
}

/**
 * A worker's part: announces its writes and forgets on its siblings' (`forget`). Null
 * outside a cluster worker.
 */
export function workerRelay(forget: () => void): SiblingRelay | null {
  if (!cluster.isWorker || !process.send) return null;
  let next = 0;
  const waiting = new Map<number, () => void>();
  process.on('message', (raw: unknown) => {
    const message = relayMessage(raw);
    if (message?.kamgraph === 'forget-graph') {
      forget();
      process.send!({ kamgraph: 'forgot-graph', id: message.id } satisfies RelayMessage);
    } else if (message?.kamgraph === 'graph-written-done') {
      waiting.get(message.id)?.();
      waiting.delete(message.id);
    }
  });
  return {
    announceWrite: () =>
      new Promise<void>((resolve) => {
        const id = (next += 1);
        // The primary answers within SIBLING_WAIT_MS; this bound only matters if it is gone.
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve();
        }, SIBLING_WAIT_MS * 2);
        waiting.set(id, () => {
          clearTimeout(timer);
          resolve();
        });
        process.send!({ kamgraph: 'graph-written', id } satisfies RelayMessage);
      }),
  };
}
