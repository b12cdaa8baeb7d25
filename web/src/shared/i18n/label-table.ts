// A closed list's words as a table read like a plain Record (`LABELS[value]`, Object.values),
// each entry a getter that reads the current locale's catalogue, so the tables' callers stay
// as they are while the words change with the language.
import { tKey, type MessageValues } from './intl.js';

/** `prefix.VALUE` for each value: every value needs a message (test/unit/web-i18n.test.ts checks the catalogues). */
export function labelTable<K extends string>(prefix: string, values: readonly K[]): Record<K, string> {
  const table = {} as Record<K, string>;
  for (const value of values) Object.defineProperty(table, value, { enumerable: true, get: () => tKey(`${prefix}.${value}`) });
  return table;
}

/** The same with arguments: each entry a function of them. */
export function phraseTable<K extends string, A extends MessageValues>(prefix: string, values: readonly K[]): Record<K, (args: A) => string> {
  const table = {} as Record<K, (args: A) => string>;
  for (const value of values) table[value] = (args: A) => tKey(`${prefix}.${value}`, args);
  return table;
}
