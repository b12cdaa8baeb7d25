/**
 * ClinicalTrials.gov API v2 JSON: a page of `/api/v2/studies` (`{"studies": [...],
 * "nextPageToken": ...}`) or a bare array of studies, streamed study by study
 * (stream-json), so a large download keeps memory flat. Fields read from each study's
 * `protocolSection`: identificationModule (nctId, briefTitle, officialTitle), statusModule
 * (overallStatus, startDateStruct.date, primaryCompletionDateStruct / completionDateStruct),
 * conditionsModule.conditions, designModule.phases, contactsLocationsModule
 * (overallOfficials [{name, affiliation, role}], locations [{facility, city, country,
 * contacts [{name, role}]}]). Location contacts with role CONTACT are coordinators, not
 * investigators: they are left out.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { splitName } from '../rules/names.js';
import { EvidenceFileError, looseDate, type BytesRead, type InvestigatorRoleWord, type TrialRecord } from './types.js';

const ROLES: Record<string, InvestigatorRoleWord> = {
  PRINCIPAL_INVESTIGATOR: 'principal_investigator',
  STUDY_CHAIR: 'study_chair',
  STUDY_DIRECTOR: 'study_director',
  SUB_INVESTIGATOR: 'sub_investigator',
};
const NCT = /^NCT\d{8}$/;

export async function* parseClinicalTrialsJson(file: string, onBytes?: BytesRead): AsyncGenerator<TrialRecord> {
  const first = await firstCharacter(file);
  if (first === null) throw new EvidenceFileError(file, null, 'evidenceFile.empty');
  if (first !== '{' && first !== '[') throw new EvidenceFileError(file, { line: 1 }, 'evidenceFile.jsonStartsWith', { first });
  const input = createReadStream(file);
  let bytes = 0;
  input.on('data', (chunk) => {
    bytes += (chunk as Buffer).length;
    onBytes?.(bytes);
  });
  const pipeline = chain([input, parser(), ...(first === '{' ? [pick({ filter: 'studies' })] : []), streamArray()]);
  let index = 0;
  try {
    for await (const item of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
      yield toRecord(file, item.value, index);
      index += 1;
    }
  } catch (error) {
    if (error instanceof EvidenceFileError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new EvidenceFileError(file, { record: `studies[${index}]` }, 'evidenceFile.jsonBroken', { detail, studies: index });
  } finally {
    input.destroy();
  }
  if (index === 0) {
    throw new EvidenceFileError(file, null, first === '{' ? 'evidenceFile.jsonNoStudies' : 'evidenceFile.jsonEmptyList');
  }
}

async function firstCharacter(file: string): Promise<string | null> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return text === '' ? null : text[0]!;
  } finally {
    await handle.close();
  }
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function toRecord(file: string, value: unknown, index: number): TrialRecord {
  const record = `studies[${index}]`;
  const protocol = obj(value).protocolSection;
  if (!protocol || typeof protocol !== 'object') {
    throw new EvidenceFileError(file, { record }, 'evidenceFile.jsonNoProtocol', { record });
  }
  const p = protocol as Json;
  const identification = obj(p.identificationModule);
  const nctId = str(identification.nctId);
  if (!nctId) throw new EvidenceFileError(file, { record }, 'evidenceRecord.missing', { field: 'protocolSection.identificationModule.nctId' });
  if (!NCT.test(nctId)) throw new EvidenceFileError(file, { record }, 'evidenceRecord.badNctId', { value: nctId });
  const status = obj(p.statusModule);
  const contacts = obj(p.contactsLocationsModule);
  const investigators: TrialRecord['investigators'] = [];
  for (const official of arr(contacts.overallOfficials)) {
    const o = obj(official);
    const name = str(o.name);
    const role = ROLES[str(o.role) ?? ''];
    if (!name || !role) continue;
    const affiliation = str(o.affiliation);
    investigators.push({ ...splitName(name), written: name, orcid: null, affiliations: affiliation ? [affiliation] : [], cities: [], role, overall: true, site: affiliation, city: null });
  }
  for (const location of arr(contacts.locations)) {
    const l = obj(location);
    const facility = str(l.facility);
    const city = str(l.city);
    for (const contact of arr(l.contacts)) {
      const c = obj(contact);
      const name = str(c.name);
      const role = ROLES[str(c.role) ?? ''];
      if (!name || !role) continue;
      investigators.push({
        ...splitName(name),
        written: name,
        orcid: null,
        affiliations: [facility, city].filter((x): x is string => x !== null).length ? [[facility, city, str(l.country)].filter(Boolean).join(', ')] : [],
        cities: city ? [city] : [],
        role,
        overall: false,
        site: facility,
        city,
      });
    }
  }
  const startDate = str(obj(status.startDateStruct).date);
  const completion = str(obj(status.primaryCompletionDateStruct).date) ?? str(obj(status.completionDateStruct).date);
  return {
    kind: 'trial',
    nctId,
    title: str(identification.briefTitle) ?? str(identification.officialTitle) ?? nctId,
    officialTitle: str(identification.officialTitle),
    phases: arr(obj(p.designModule).phases).map(str).filter((x): x is string => x !== null),
    overallStatus: str(status.overallStatus),
    startDate: looseDate(startDate),
    completionDate: looseDate(completion),
    conditions: arr(obj(p.conditionsModule).conditions).map(str).filter((x): x is string => x !== null),
    investigators,
    at: record,
  };
}
