/**
 * A cache key from a graph version, a question name and its arguments. Object keys are
 * sorted and `undefined` fields dropped, so `{a: 1, b: 2}` and `{b: 2, a: 1}` name the same
 * answer; array order is kept (callers sort lists whose order does not matter).
 */
export function cacheKey(version: number, question: string, args: unknown): string {
  return `${version}\u0000${question}\u0000${stableJson(args)}`;
}

export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const fields = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`);
  return `{${fields.join(',')}}`;
}
