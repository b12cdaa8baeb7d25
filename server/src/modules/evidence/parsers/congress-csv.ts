/**
 * A congress programme as CSV: `event,date,city,session,role,name,affiliation,topic`, one
 * row per person in a session (round tables, symposia, talks), in any column order.
 * Dates are YYYY-MM-DD; roles are chair (co-chair), moderator, speaker (presenter,
 * lecturer, invited speaker) or panelist (panellist, discussant), in any case.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { splitName } from '../rules/names.js';
import { EvidenceFileError, type BytesRead, type SpeakerRoleWord, type TalkRecord } from './types.js';

export const CONGRESS_COLUMNS = ['event', 'date', 'city', 'session', 'role', 'name', 'affiliation', 'topic'] as const;

const ROLES: Record<string, SpeakerRoleWord> = {
  chair: 'chair',
  'co-chair': 'chair',
  cochair: 'chair',
  chairperson: 'chair',
  moderator: 'moderator',
  speaker: 'speaker',
  presenter: 'speaker',
  lecturer: 'speaker',
  'invited speaker': 'speaker',
  panelist: 'panelist',
  panellist: 'panelist',
  discussant: 'panelist',
};

export function speakerRole(value: string): SpeakerRoleWord | null {
  return ROLES[value.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export async function* parseCongressCsv(file: string, onBytes?: BytesRead): AsyncGenerator<TalkRecord> {
  const input = createReadStream(file);
  let bytes = 0;
  input.on('data', (chunk) => {
    bytes += (chunk as Buffer).length;
    onBytes?.(bytes);
  });
  const rows = input.pipe(parse({ bom: true, relax_column_count: false, skip_empty_lines: true, trim: true, info: true }));
  let header: string[] | null = null;
  let count = 0;
  try {
    for await (const { record, info } of rows as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines;
      if (!header) {
        header = record.map((h) => h.trim().toLowerCase());
        const missing = CONGRESS_COLUMNS.filter((c) => !header!.includes(c));
        if (missing.length) throw new EvidenceFileError(file, { line }, 'evidenceFile.csvMissingColumns', { columns: missing.join(', '), count: missing.length });
        continue;
      }
      const value = (column: (typeof CONGRESS_COLUMNS)[number]) => (record[header!.indexOf(column)] ?? '').trim();
      for (const required of ['event', 'date', 'session', 'role', 'name'] as const) {
        if (value(required) === '') throw new EvidenceFileError(file, { line }, 'evidenceRecord.missing', { field: required });
      }
      const date = value('date');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
        throw new EvidenceFileError(file, { line }, 'evidenceRecord.badDate', { field: 'date', value: date });
      }
      const role = speakerRole(value('role'));
      if (!role) throw new EvidenceFileError(file, { line }, 'evidenceRecord.badRole', { value: value('role') });
      const name = value('name');
      const affiliation = value('affiliation');
      count += 1;
      yield {
        kind: 'talk',
        event: value('event'),
        date,
        city: value('city') || null,
        session: value('session'),
        role,
        topic: value('topic') || null,
        speaker: { ...splitName(name), written: name, orcid: null, affiliations: affiliation ? [affiliation] : [], cities: [] },
        at: `line ${line}`,
      };
    }
  } catch (error) {
    if (error instanceof EvidenceFileError) throw error;
    const e = error as Error & { lines?: number; code?: string };
    throw new EvidenceFileError(file, e.lines ? { line: e.lines } : null, 'evidenceFile.csvBroken', { detail: e.message });
  } finally {
    input.destroy();
  }
  if (!header) throw new EvidenceFileError(file, null, 'evidenceFile.empty');
  void count;
}
