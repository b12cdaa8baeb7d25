/**
 * What the database layer tells the person running KAMgraph (logs, CLI output). Kept in
 * one place so the texts can be translated together.
 */
export const databaseMessages = {
  exitedUnexpectedly: (pid: number, how: string) =>
    `The embedded Neo4j (pid ${pid}) stopped unexpectedly (${how}). Requests get SERVICE_UNAVAILABLE and /health says "degraded" until it is back; restarting it.`,
  restartIn: (attempt: number, max: number, seconds: number) =>
    `Restarting the embedded Neo4j in ${seconds} s (attempt ${attempt} of ${max}).`,
  restartFailed: (attempt: number, max: number, reason: string) =>
    `Restart ${attempt} of ${max} of the embedded Neo4j failed: ${reason}`,
  restarted: (pid: number, uri: string) => `The embedded Neo4j is back (pid ${pid}, ${uri}); serving again.`,
  gaveUp: (attempts: number, dataDir: string) =>
    `The embedded Neo4j failed ${attempts} restarts in a row; giving up so that an outer supervisor (systemd, Docker, Kubernetes) can take over. ` +
    `Look at the Neo4j log in ${dataDir}/logs and for another process on NEO4J_BOLT_PORT, then start KAMgraph again.`,
} as const;

/** How an exit reads in the log: the signal when there was one, else the exit code. */
export function describeExit(code: number | null, signal: string | null): string {
  if (signal) return `killed by ${signal}`;
  return `exit code ${code ?? 'unknown'}`;
}
