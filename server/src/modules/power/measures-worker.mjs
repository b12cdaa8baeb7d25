// Entry of the analytics worker threads (power-workers.ts). The server runs TypeScript
// through tsx; a worker thread starts without its loader, so it registers it first.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { register } from 'tsx/esm/api';

// The measures of a large scope keep both cores busy for a while: this thread yields to
// the server's own thread and to Neo4j, so that other people's requests are answered
// meanwhile (a person's detail need not wait for a cold territory). On Linux a thread
// has its own nice value, set through its thread id (/proc/thread-self names it); where
// that is not so, the thread keeps the process's priority.
const LOWER_PRIORITY = 10;
try {
  const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, LOWER_PRIORITY);
} catch {
  // Not Linux, or not allowed: the same answers, computed at the process's priority.
}

register();
const { measure } = await import('./measures-task.ts');

export default measure;
