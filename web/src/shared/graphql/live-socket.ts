// What the app's WebSocket (GraphQL subscriptions, app/apollo-client.ts) tells the pages:
// that it came back after a drop, so whatever it pushes may have missed something. A tiny
// store, like the sign-in problem's: the link writes, a feature listens.

const listeners = new Set<() => void>();

/** Called by the link when the socket connected again after losing its connection. */
export function reportReconnected(): void {
  listeners.forEach((l) => l());
}

/** Listens for reconnections; returns the function that stops listening. */
export function onReconnected(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
