import { useEffect } from 'react';

/** How often an answer whose ranking is still being computed is asked again. */
export const PENDING_POLL_MS = 3000;

/**
 * Asks a query again every few seconds while its answer says a write is still being ranked
 * (`rankingPending`): the server answers at once with the newest ranking ready, and the
 * ranking of the latest write follows within seconds.
 */
export function usePollWhilePending(pending: boolean, query: { startPolling(ms: number): void; stopPolling(): void }): void {
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!pending) return undefined;
    startPolling(PENDING_POLL_MS);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);
}
