import type DataLoader from 'dataloader';

/** Loads one row that the graph guarantees exists (an id taken from another row). */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const value = await loader.load(id);
  if (value === null) throw new Error(`${what} ${id} vanished while the request ran`);
  return value;
}

/** Loads many, keeping order and dropping ids that no longer exist. */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const values = await loader.loadMany(ids);
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

export async function loadOptional<T>(loader: DataLoader<string, T | null>, id: string | null | undefined): Promise<T | null> {
  return id ? loader.load(id) : null;
}

