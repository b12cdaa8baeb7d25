import { z } from 'zod';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { optionalText, text } from '../../kernel/database/rows.js';
import type { TherapeuticAreaModel } from './models.js';

const therapeuticAreas = cypher<Record<string, never>, TherapeuticAreaModel>(
  import.meta.url,
  'therapeutic-areas.cypher',
  z.object({ id: text, name: text, code: optionalText }),
);

/** The graph's reference lists: therapeutic areas (products, programmes and events to come). */
export class CatalogRepository {
  constructor(private readonly db: DbClient) {}

  therapeuticAreas(): Promise<TherapeuticAreaModel[]> {
    return this.db.read(therapeuticAreas, {});
  }
}
