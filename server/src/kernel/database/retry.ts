import { Neo4jError } from 'neo4j-driver';

/** Lock conflicts between concurrent writers: safe to run again, unlike a lost connection. */
export function isLockConflict(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code.includes('DeadlockDetected') || error.code.includes('LockClient') || error.code.includes('Transaction.Outdated'))
  );
}

/**
 * Runs a write again when it lost a lock race. The driver's own retry window is kept short
 * so that an absent database fails fast; lock races need a few more, jittered tries.
 */
export async function retryOnLockConflict<T>(work: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isLockConflict(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 80 * attempt));
    }
  }
}
