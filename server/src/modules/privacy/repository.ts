import { z } from 'zod';
import { alignById } from '../../kernel/database/batch.js';
import { cypher } from '../../kernel/database/cypher.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import { toNeo4jDate } from '../../kernel/database/plain.js';
import { count, optionalDate, optionalText, text, textList } from '../../kernel/database/rows.js';
import { toDbProps } from '../graph/graph-writer.js';
import type { PropertyValue } from '../graph/model.js';
import type { ErasureHook, ErasureScope, ErasureSubject } from './erasure-hook.js';
import { PRIVACY_TEXTS } from './messages.js';
import type { DataProtectionModel, DossierModel, ErasedPart } from './models.js';
import { LAWFUL_BASES, NOTICE_METHODS } from '../graph/model.js';

/** A dossier node's properties, as stored (every field optional). */
const dossierProps = z
  .object({
    birthday: optionalDate.optional(),
    hobbies: textList.nullable().optional(),
    family: optionalText.optional(),
    values: optionalText.optional(),
    communicationStyle: optionalText.optional(),
    characterType: optionalText.optional(),
    source: optionalText.optional(),
    recordedOn: optionalDate.optional(),
  })
  .loose();

const dossiersByPersonIds = cypher<{ ids: readonly string[] }, { personId: string; dossier: z.infer<typeof dossierProps> }>(
  import.meta.url,
  'dossiers-by-person-ids.cypher',
  z.object({ personId: text, dossier: dossierProps }),
);
const upsertDossier = cypher<
  { personId: string; dossierId: string; props: Record<string, unknown>; today: unknown },
  { dossier: z.infer<typeof dossierProps> }
>(import.meta.url, 'upsert-dossier.cypher', z.object({ dossier: dossierProps }));
const setConsent = cypher<{ personId: string; consent: boolean | null; optedOut: boolean | null }, { id: string }>(
  import.meta.url,
  'set-consent.cypher',
  z.object({ id: text }),
);
const personForErasure = cypher<{ personId: string }, { id: string; name: string }>(
  import.meta.url,
  'person-for-erasure.cypher',
  z.object({ id: text, name: text }),
);
const deleteDossier = cypher<{ personId: string }, { removed: number }>(import.meta.url, 'delete-dossier.cypher', z.object({ removed: count }));
const bumpVersion = cypher<Record<string, never>, { version: number }>(import.meta.url, 'bump-version.cypher', z.object({ version: z.number() }));
const dataProtectionRow = z.object({
  personId: text,
  lawfulBasis: z.enum(LAWFUL_BASES).nullable(),
  noticeOn: optionalDate,
  noticeMethod: z.enum(NOTICE_METHODS).nullable(),
  retentionMonths: z.number().int().nullable(),
  dossierOn: optionalDate,
  lastContactOn: optionalDate,
  holdsDossierData: z.boolean(),
});
const dataProtectionByPersonIds = cypher<{ ids: readonly string[] | null }, DataProtectionModel>(
  import.meta.url,
  'data-protection-by-person-ids.cypher',
  dataProtectionRow,
);
const setDataProtection = cypher<{ personId: string; props: Record<string, unknown> }, { id: string }>(
  import.meta.url,
  'set-data-protection.cypher',
  z.object({ id: text }),
);
// The data subject's export is whatever the graph holds on them: passed on as it is.
const personData = cypher<{ personId: string }, Record<string, unknown>>(
  import.meta.url,
  'person-data.cypher',
  z.record(z.string(), z.unknown()),
);

function toDossier(personId: string, d: z.infer<typeof dossierProps>): DossierModel {
  return {
    personId,
    birthday: d.birthday ?? null,
    hobbies: d.hobbies ?? [],
    family: d.family ?? null,
    values: d.values ?? null,
    communicationStyle: d.communicationStyle ?? null,
    characterType: d.characterType ?? null,
    source: d.source ?? null,
    recordedOn: d.recordedOn ?? null,
  };
}

/** Personal data: dossiers, consent, erasure and the data-subject export. */
export class PrivacyRepository {
  constructor(private readonly db: DbClient) {}

  async dossiers(ids: readonly string[]): Promise<Array<DossierModel | null>> {
    const rows = await this.db.read(dossiersByPersonIds, { ids });
    return alignById(ids, rows, (row) => row.personId).map((row) => (row ? toDossier(row.personId, row.dossier) : null));
  }

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

  /**
   * Runs every module's erasure hook for one person in one transaction, then moves the
   * graph version. Null when there is no such person (nothing is written).
   */
  async erase(personId: string, scope: ErasureScope, today: string, hooks: readonly ErasureHook[]): Promise<ErasedPart[] | null> {
    return this.db.writeTransaction(async (tx) => {
      const [person] = await tx.run(personForErasure, { personId });
      if (!person) return null;
      const subject: ErasureSubject = { personId, formerName: person.name, placeholder: PRIVACY_TEXTS.placeholder(personId), today, scope };
      const parts: ErasedPart[] = [];
      for (const hook of hooks) parts.push({ module: hook.module, items: await hook.erase(tx, subject) });
      await tx.run(bumpVersion, {});
      return parts;
    });
  }

  async dataProtection(ids: readonly string[]): Promise<Array<DataProtectionModel | null>> {
    return alignById(ids, await this.db.read(dataProtectionByPersonIds, { ids }), (row) => row.personId);
  }

  /** Everyone not yet erased who has dossier data: what the retention job weighs. */
  async retentionCandidates(): Promise<DataProtectionModel[]> {
    return this.db.read(dataProtectionByPersonIds, { ids: null });
  }

  async setDataProtection(personId: string, props: Record<string, PropertyValue>): Promise<boolean> {
    return (await this.db.write(setDataProtection, { personId, props: toDbProps('node', 'Person', props) })).length > 0;
  }

  async exportPerson(personId: string): Promise<Record<string, unknown> | null> {
    const [row] = await this.db.read(personData, { personId });
    return row ?? null;
  }
}

/** The dossier: birthday, hobbies, family, values, style, character (erased whole). */
export const dossierErasure: ErasureHook = {
  module: 'privacy',
  holds: 'the dossier (birthday, hobbies, family, values, communication style, character type, source)',
  async erase(tx, subject) {
    const [row] = await tx.run(deleteDossier, { personId: subject.personId });
    return row?.removed ?? 0;
  },
};
