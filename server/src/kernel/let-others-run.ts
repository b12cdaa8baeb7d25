/**
 * Resolves once the event loop has polled for I/O since the call: a long computation on
 * the main thread awaits this between its steps so that requests which arrived meanwhile
 * (and database answers they wait for) are handled before the next step.
 *
 * One `setImmediate` is not enough when the caller runs in an I/O callback (a database
 * answer, a request): it resolves in the same turn's check phase, before the loop polls
 * again, so two steps would still run back to back. The second `setImmediate`, queued from
 * the check phase, runs only after the next poll.
 */
export function letOthersRun(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
