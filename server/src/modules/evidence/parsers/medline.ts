/**
 * The MEDLINE text format PubMed's "Save -> PubMed format" writes: one `TAG - value` per
 * line (the tag left-aligned in four characters, then `- `), continuation lines indented by
 * six spaces, records separated by blank lines. Read line by line (memory stays flat).
 * Tags used: PMID, TI, FAU, AU, AD and AUID (of the author before them; AUID holds
 * `ORCID: ...`), CN (a group author), DP, TA, JT, MH, LID/AID (`... [doi]`).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { normaliseOrcid } from '../rules/names.js';
import { EvidenceFileError, looseDate, type BytesRead, type NameInWork, type PublicationRecord } from './types.js';

interface Draft {
  line: number;
  fields: Array<{ tag: string; value: string; line: number }>;
}

const TAG_LINE = /^([A-Z][A-Z0-9]{1,3})\s*- (.*)$/;
const CONTINUATION = /^ {6}(.*)$/;

export async function* parseMedline(file: string, onBytes?: BytesRead): AsyncGenerator<PublicationRecord> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  let bytes = 0;
  stream.on('data', (chunk) => {
    bytes += Buffer.byteLength(chunk as string);
    onBytes?.(bytes);
  });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let draft: Draft | null = null;
  let records = 0;
  for await (const raw of lines) {
    lineNo += 1;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') {
      if (draft) {
        records += 1;
        yield toRecord(file, draft);
      }
      draft = null;
      continue;
    }
    const continued = CONTINUATION.exec(line);
    if (continued && draft && draft.fields.length > 0) {
      const last = draft.fields[draft.fields.length - 1]!;
      last.value = `${last.value.replace(/\s+$/, '')} ${continued[1]!.trim()}`;
      continue;
    }
    const tagged = TAG_LINE.exec(line);
    if (!tagged) throw new EvidenceFileError(file, { line: lineNo }, 'evidenceFile.unknownFormat');
    const [, tag, value] = tagged;
    if (!draft) {
      if (tag !== 'PMID') throw new EvidenceFileError(file, { line: lineNo }, 'evidenceRecord.pmidNotFirst');
      draft = { line: lineNo, fields: [] };
    }
    draft.fields.push({ tag: tag!, value: value!.trim(), line: lineNo });
  }
  if (draft) {
    records += 1;
    yield toRecord(file, draft);
  }
  if (records === 0) throw new EvidenceFileError(file, null, 'evidenceFile.empty');
}

function toRecord(file: string, draft: Draft): PublicationRecord {
  const first = (tag: string) => draft.fields.find((f) => f.tag === tag)?.value ?? null;
  const pmid = first('PMID') ?? '';
  if (!/^\d+$/.test(pmid)) throw new EvidenceFileError(file, { line: draft.line }, 'evidenceRecord.badPmid', { value: pmid });
  const authors: Array<NameInWork & { position: number; last: boolean }> = [];
  const collective: string[] = [];
  let current: (NameInWork & { position: number; last: boolean }) | null = null;
  let awaitingAu = false;
  const initialsIn = (au: string) => {
    const words = au.split(' ');
    return words.length > 1 && /^[A-Z]+$/.test(words[words.length - 1]!) ? { family: words.slice(0, -1).join(' '), initials: words[words.length - 1]! } : { family: au, initials: null };
  };
  // FAU (full name) comes before AU (short form) for each author; older records have AU alone.
  for (const { tag, value } of draft.fields) {
    if (tag === 'FAU') {
      const comma = value.indexOf(',');
      const family = comma < 0 ? value : value.slice(0, comma);
      const given = comma < 0 ? '' : value.slice(comma + 1).trim();
      current = { lastName: family.trim(), foreName: given || null, initials: null, written: value, orcid: null, affiliations: [], cities: [], position: authors.length + 1, last: false };
      authors.push(current);
      awaitingAu = true;
    } else if (tag === 'AU') {
      const { family, initials } = initialsIn(value);
      if (awaitingAu && current) current.initials = initials;
      else {
        current = { lastName: family, foreName: null, initials, written: value, orcid: null, affiliations: [], cities: [], position: authors.length + 1, last: false };
        authors.push(current);
      }
      awaitingAu = false;
    } else if (tag === 'AD' && current) current.affiliations.push(value);
    else if (tag === 'AUID' && current && /orcid/i.test(value)) current.orcid = normaliseOrcid(value);
    else if (tag === 'CN') {
      collective.push(value);
      current = null;
      awaitingAu = false;
    }
  }
  if (authors.length >= 2) authors[authors.length - 1]!.last = true;
  const doi = draft.fields.find((f) => (f.tag === 'LID' || f.tag === 'AID') && /\[doi\]/.test(f.value))?.value.replace(/\s*\[doi\]\s*$/, '') ?? null;
  return {
    kind: 'publication',
    pmid,
    title: first('TI') ?? first('TT') ?? `PMID ${pmid}`,
    journal: first('TA') ?? first('JT'),
    date: looseDate(first('DP')),
    doi,
    meshTerms: draft.fields.filter((f) => f.tag === 'MH').map((f) => f.value.split('/')[0]!.replace(/^\*/, '').trim()),
    collectiveAuthors: collective,
    authors,
    at: `line ${draft.line}`,
  };
}
