/**
 * Which format a file is, from its first bytes (never its name alone): XML is PubMed's
 * efetch output, JSON ClinicalTrials.gov's, `PMID- ` the MEDLINE text format, and a CSV
 * header with the congress columns a programme.
 */
import { open } from 'node:fs/promises';
import { parseClinicalTrialsJson } from './clinicaltrials-json.js';
import { CONGRESS_COLUMNS, parseCongressCsv } from './congress-csv.js';
import { parseMedline } from './medline.js';
import { parsePubmedXml } from './pubmed-xml.js';
import { EvidenceFileError, type EvidenceFormat, type EvidenceParser } from './types.js';

export const PARSERS: Record<EvidenceFormat, EvidenceParser> = {
  pubmed_xml: parsePubmedXml,
  medline: parseMedline,
  clinicaltrials_json: parseClinicalTrialsJson,
  congress_csv: parseCongressCsv,
};

/** The format of a file from its beginning; EvidenceFileError when it is none of them. */
export async function detectFormat(file: string): Promise<EvidenceFormat> {
  let head: string;
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(8192);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    } finally {
      await handle.close();
    }
  } catch {
    throw new EvidenceFileError(file, null, 'evidenceFile.notFound');
  }
  const format = formatOf(head);
  if (format) return format;
  if (head.trim() === '') throw new EvidenceFileError(file, null, 'evidenceFile.empty');
  throw new EvidenceFileError(file, { line: 1 }, 'evidenceFile.unknownFormat');
}

/** The format the beginning of a file shows, or null. */
export function formatOf(head: string): EvidenceFormat | null {
  const text = head.trimStart();
  if (text.startsWith('<')) return 'pubmed_xml';
  if (text.startsWith('{') || text.startsWith('[')) return 'clinicaltrials_json';
  if (/^PMID\s*- /.test(text)) return 'medline';
  const firstLine = (text.split(/\r?\n/)[0] ?? '').toLowerCase();
  const columns = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  // Three of the congress columns make it a programme; the parser names any that are missing.
  if (CONGRESS_COLUMNS.filter((c) => columns.includes(c)).length >= 3) return 'congress_csv';
  return null;
}
