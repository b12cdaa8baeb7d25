/**
 * Shapes rows for DataLoader: one result per requested id, in the order asked, so a
 * repository answers a whole batch with one query.
 */
export function alignById<T>(ids: readonly string[], rows: readonly T[], keyOf: (row: T) => string): Array<T | null> {
  const byId = new Map(rows.map((row) => [keyOf(row), row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Rows grouped by a key, groups in the order their first row came. */
export function groupBy<T>(rows: Iterable<T>, keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Many rows per id: a list per requested id (empty when there are none). */
export function groupById<T>(ids: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = groupBy(rows, keyOf);
  return ids.map((id) => groups.get(id) ?? []);
}
