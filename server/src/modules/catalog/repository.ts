import { z } from 'zod';
import { EventKind, ProgramKind } from '../../__generated__/vocabulary.js';
import { alignById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { optionalDate, optionalNumber, optionalText, text } from '../../kernel/database/rows.js';
import type { EventModel, ProductModel, ProgramModel, TalkModel, TherapeuticAreaModel } from './models.js';
import { SpeakerRole } from '../../__generated__/vocabulary.js';

type ByIds = { ids: readonly string[] };
const idRow = z.object({ id: text });

const therapeuticAreas = cypher<Record<string, never>, TherapeuticAreaModel>(
  import.meta.url,
  'therapeutic-areas.cypher',
  z.object({ id: text, name: text, code: optionalText }),
);
const programsByIds = cypher<ByIds, ProgramModel>(
  import.meta.url,
  'programs-by-ids.cypher',
  z.object({ id: text, name: text, kind: z.enum(Object.values(ProgramKind)).nullable(), year: optionalNumber }),
);
const productsByIds = cypher<ByIds, ProductModel>(
  import.meta.url,
  'products-by-ids.cypher',
  z.object({ id: text, name: text, inn: optionalText, form: optionalText, sku: optionalText, ours: z.boolean() }),
);
const eventsByIds = cypher<ByIds, EventModel>(
  import.meta.url,
  'events-by-ids.cypher',
  z.object({ id: text, name: text, kind: z.enum(Object.values(EventKind)).nullable(), date: optionalDate, city: optionalText }),
);
const talksByIds = cypher<ByIds, TalkModel>(
  import.meta.url,
  'talks-by-ids.cypher',
  z.object({
    id: text,
    personId: optionalText,
    eventId: text,
    topic: optionalText,
    session: optionalText,
    role: z.enum(Object.values(SpeakerRole)).nullable(),
    date: optionalDate,
    title: optionalText,
  }),
);
const listPrograms = cypher<{ kind: string | null; year: number | null; territoryId: string | null; productId: string | null; search: string | null }, { id: string }>(
  import.meta.url,
  'list-programs.cypher',
  idRow,
);
const listProducts = cypher<{ ours: boolean | null; areaId: string | null; search: string | null }, { id: string }>(import.meta.url, 'list-products.cypher', idRow);
const listEvents = cypher<
  { kind: string | null; from: unknown; to: unknown; territoryId: string | null; areaId: string | null; search: string | null },
  { id: string }
>(import.meta.url, 'list-events.cypher', idRow);

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** The graph's reference lists: therapeutic areas, programmes, products and events. */
export class CatalogRepository {
  constructor(private readonly db: DbClient) {}

  therapeuticAreas(): Promise<TherapeuticAreaModel[]> {
    return this.db.read(therapeuticAreas, {});
  }

  async programs(idList: readonly string[]): Promise<Array<ProgramModel | null>> {
    return alignById(idList, await this.db.read(programsByIds, { ids: idList }), (r) => r.id);
  }

  /** Imported talks (Talk nodes) by id. */
  async talks(idList: readonly string[]): Promise<Array<TalkModel | null>> {
    return alignById(idList, await this.db.read(talksByIds, { ids: idList }), (r) => r.id);
  }

  async products(idList: readonly string[]): Promise<Array<ProductModel | null>> {
    return alignById(idList, await this.db.read(productsByIds, { ids: idList }), (r) => r.id);
  }

  async events(idList: readonly string[]): Promise<Array<EventModel | null>> {
    return alignById(idList, await this.db.read(eventsByIds, { ids: idList }), (r) => r.id);
  }

  async programIds(filter: { kind?: string | null; year?: number | null; territoryId?: string | null; productId?: string | null; search?: string | null }) {
    return ids(
      await this.db.read(listPrograms, {
        kind: orNull(filter.kind),
        year: filter.year === null || filter.year === undefined ? null : filter.year,
        territoryId: orNull(filter.territoryId),
        productId: orNull(filter.productId),
        search: orNull(filter.search),
      }),
    );
  }

  async productIds(filter: { ours?: boolean | null; therapeuticAreaId?: string | null; search?: string | null }) {
    return ids(await this.db.read(listProducts, { ours: orNull(filter.ours), areaId: orNull(filter.therapeuticAreaId), search: orNull(filter.search) }));
  }

  async eventIds(filter: { kind?: string | null; from?: string | null; to?: string | null; territoryId?: string | null; therapeuticAreaId?: string | null; search?: string | null }) {
    return ids(
      await this.db.read(listEvents, {
        kind: orNull(filter.kind),
        from: filter.from ? toNeo4jDate(filter.from) : null,
        to: filter.to ? toNeo4jDate(filter.to) : null,
        territoryId: orNull(filter.territoryId),
        areaId: orNull(filter.therapeuticAreaId),
        search: orNull(filter.search),
      }),
    );
  }
}
