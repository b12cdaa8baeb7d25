import { cypherFile } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { toDbProps } from '../graph/graph-writer.js';
import type { PropertyValue } from '../graph/model.js';
import type { DossierModel } from '../../models.js';
import { toDossier } from '../people/repository.js';

const upsertDossier = cypherFile<
  { personId: string; dossierId: string; props: Record<string, unknown>; today: unknown },
  { dossier: Record<string, unknown> }
>('queries/privacy/upsert-dossier.cypher');
const setConsent = cypherFile<{ personId: string; consent: boolean | null; optedOut: boolean | null }, { id: string }>(
  'queries/privacy/set-consent.cypher',
);
const erasePerson = cypherFile<{ personId: string; placeholder: string; today: unknown }, { dossiers: number; notes: number }>(
  'queries/privacy/erase-person.cypher',
);
const personData = cypherFile<{ personId: string }, Record<string, unknown>>('queries/privacy/person-data.cypher');

/** Personal data: dossiers, consent, erasure and the data-subject export. */
export class PrivacyRepository {
  constructor(private readonly db: DbClient) {}

  async writeDossier(personId: string, props: Record<string, PropertyValue>, today: string): Promise<DossierModel | null> {
    const [row] = await this.db.write(upsertDossier, {
      personId,
      dossierId: `dossier-${personId}`,
      props: toDbProps('node', 'Dossier', props),
      today: toNeo4jDate(today),
    });
    return row ? toDossier(personId, row.dossier) : null;
  }

  async setConsent(personId: string, consent: boolean | null, optedOut: boolean | null): Promise<boolean> {
    return (await this.db.write(setConsent, { personId, consent, optedOut })).length > 0;
  }

  async erase(personId: string, today: string): Promise<{ dossiers: number; notes: number } | null> {
    const placeholder = `Erased person (${personId})`;
    const [row] = await this.db.write(erasePerson, { personId, placeholder, today: toNeo4jDate(today) });
    return row ?? null;
  }

  async exportPerson(personId: string): Promise<Record<string, unknown> | null> {
    const [row] = await this.db.read(personData, { personId });
    return row ?? null;
  }
}
