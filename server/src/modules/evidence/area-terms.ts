import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { AreaMapping, parseAreaTerms } from './rules/areas.js';

/**
 * Reads the editable therapeutic-area table (`area,name,source,term`); a bad row stops
 * with the file and line, so a typo never silently drops an area.
 */
export function loadAreaMapping(file: string): AreaMapping {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: the therapeutic-area table does not exist (set EVIDENCE_AREA_TERMS or pass --areas)`);
  }
  const records = parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  const { terms, problems } = parseAreaTerms(records.map((r) => ({ line: r.info.lines, values: r.record })));
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return new AreaMapping(terms);
}
