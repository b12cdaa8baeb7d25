import DataLoader from 'dataloader';
import type { DbClient } from './db/db-client.js';
import type { PersonModel, PositionModel, TerritoryModel } from './models.js';
import { PersonRepository } from './repositories/person-repository.js';
import { TerritoryRepository } from './repositories/territory-repository.js';

export interface Repositories {
  people: PersonRepository;
  territories: TerritoryRepository;
}

export interface Loaders {
  person: DataLoader<string, PersonModel | null>;
  positions: DataLoader<string, PositionModel[]>;
  territoryIds: DataLoader<string, string[]>;
  territories: DataLoader<string, TerritoryModel | null>;
}

/** Per request: repositories over the shared client, and fresh DataLoaders (no cross-request cache). */
export interface GraphContext {
  db: DbClient;
  repositories: Repositories;
  loaders: Loaders;
  /** Today as an ISO date: the default "as of". */
  today: string;
}

export function createContext(db: DbClient, today = todayIso()): GraphContext {
  const repositories: Repositories = { people: new PersonRepository(db), territories: new TerritoryRepository(db) };
  let allTerritories: Promise<Map<string, TerritoryModel>> | undefined;
  const loaders: Loaders = {
    person: new DataLoader((ids) => repositories.people.byIds(ids)),
    positions: new DataLoader((ids) => repositories.people.positions(ids, today)),
    territoryIds: new DataLoader((ids) => repositories.people.territoryIds(ids, today)),
    territories: new DataLoader(async (ids) => {
      allTerritories ??= repositories.territories.list(today).then((list) => new Map(list.map((t) => [t.id, t])));
      const byId = await allTerritories;
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
  return { db, repositories, loaders, today };
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
