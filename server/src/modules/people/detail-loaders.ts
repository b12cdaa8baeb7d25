import DataLoader from 'dataloader';
import type { TerritoryModel } from '../territories/models.js';
import type { UserModel } from '../users/models.js';
import type { CommitteeMembershipModel, PersonModel, PositionModel, RelationshipModel, StanceModel } from './models.js';
import { PERSON_DETAIL_PARTS, type PersonDetailPart, type PersonDetails, type PersonRepository } from './repository.js';

/** One part of a person's detail, loaded by id; every part asked in one tick comes from one statement. */
export interface PartLoader<V> {
  load(id: string): Promise<V>;
  loadMany(ids: readonly string[]): Promise<V[]>;
  /** Forgets what was loaded for `id` (after the request changed it). */
  clear(id: string): void;
}

export interface PersonDetailLoaders {
  positions: PartLoader<PositionModel[]>;
  committeeSeats: PartLoader<CommitteeMembershipModel[]>;
  stances: PartLoader<StanceModel[]>;
  relationships: PartLoader<RelationshipModel[]>;
  territoryIds: PartLoader<string[]>;
  /**
   * Every part of one person (a person's page asks for most of them): one statement,
   * after which the part loaders answer without the database.
   */
  everything(id: string): Promise<PersonDetails | null>;
}

/** What else a detail read brings, for the request's other loaders (people, users, territories). */
export interface DetailSideLoads {
  person(person: PersonModel): void;
  user(user: UserModel): void;
  territory(territory: TerritoryModel): void;
}

interface PartKey {
  id: string;
  part: PersonDetailPart;
}

/**
 * The per-request loaders of a person's positions, seats, stances, relationships and
 * territories. Instead of one statement per part (and more for the users and territory
 * names they name), every part asked for in one tick, for every person asked, is read by
 * one statement (cypher/person-details.cypher) that skips the parts nobody asked for.
 */
export function createPersonDetailLoaders(people: PersonRepository, today: string, side: DetailSideLoads): PersonDetailLoaders {
  const details = new DataLoader<PartKey, PersonDetails | null, string>(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.id))];
      const parts = new Set(keys.map((k) => k.part));
      const found = await people.details(ids, today, parts);
      const byId = new Map<string, PersonDetails | null>();
      ids.forEach((id, i) => {
        const entry = found[i] ?? null;
        byId.set(id, entry);
        if (!entry) return;
        if (entry.person) side.person(entry.person);
        for (const user of entry.users) side.user(user);
        for (const territory of entry.territories) side.territory(territory);
      });
      return keys.map((k) => byId.get(k.id) ?? null);
    },
    { cacheKeyFn: (k) => `${k.part}\u0000${k.id}` },
  );
  const part = <V>(name: PersonDetailPart, pick: (d: PersonDetails) => V, none: () => V): PartLoader<V> => ({
    load: async (id) => {
      const found = await details.load({ id, part: name });
      return found ? pick(found) : none();
    },
    loadMany(ids) {
      return Promise.all(ids.map((id) => this.load(id)));
    },
    clear: (id) => {
      details.clear({ id, part: name });
    },
  });
  return {
    positions: part('positions', (d) => d.positions, () => []),
    committeeSeats: part('committees', (d) => d.committees, () => []),
    stances: part('stances', (d) => d.stances, () => []),
    relationships: part('relationships', (d) => d.relationships, () => []),
    territoryIds: part('territories', (d) => d.territories.map((t) => t.id), () => []),
    async everything(id) {
      const all = await Promise.all(PERSON_DETAIL_PARTS.map((name) => details.load({ id, part: name })));
      return all[0] ?? null;
    },
  };
}
