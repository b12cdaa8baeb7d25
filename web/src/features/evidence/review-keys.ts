// The review view's keyboard: pure, so the mapping is tested without a browser.

export type ReviewAction = 'next' | 'previous' | 'accept' | 'reject';

const KEYS: Readonly<Record<string, ReviewAction>> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  a: 'accept',
  r: 'reject',
};

export function reviewKey(key: string): ReviewAction | null {
  return KEYS[key] ?? null;
}

/** The card selected after moving, kept within the list. */
export function nextIndex(current: number, action: 'next' | 'previous', length: number): number {
  if (length === 0) return 0;
  const next = action === 'next' ? current + 1 : current - 1;
  return Math.max(0, Math.min(length - 1, next));
}
