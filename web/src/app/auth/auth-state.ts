// A tiny store the Apollo error link writes to and the sign-in screen reads: when the API
// says UNAUTHENTICATED, the app shows the sign-in screen instead of a broken map.
import { useSyncExternalStore } from 'react';

export interface AuthProblem {
  message: string;
}

let problem: AuthProblem | null = null;
const listeners = new Set<() => void>();

export function reportUnauthenticated(message: string): void {
  if (problem?.message === message) return;
  problem = { message };
  listeners.forEach((l) => l());
}

export function clearAuthProblem(): void {
  if (!problem) return;
  problem = null;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAuthProblem(): AuthProblem | null {
  return useSyncExternalStore(subscribe, () => problem, () => null);
}
