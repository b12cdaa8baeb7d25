/**
 * Therapeutic areas of a work from the editable mapping table
 * (`data/therapeutic-area-terms.csv`: area,name,source,term). A term matches when its
 * words appear, in order and whole, in a MeSH descriptor (source `mesh`), a trial's
 * condition (`condition`), a talk's topic or session (`topic`), or any of them (`any`);
 * case and accents are ignored (`Neoplasms` matches `Breast Neoplasms`).
 */
import { fold } from './names.js';

export const AREA_SOURCES = ['mesh', 'condition', 'topic', 'any'] as const;
export type AreaSource = (typeof AREA_SOURCES)[number];

export interface AreaTerm {
  areaId: string;
  areaName: string;
  source: AreaSource;
  term: string;
}

/** What a work says about its subject, by where it says it. */
export interface WorkSubjects {
  mesh?: readonly string[];
  conditions?: readonly string[];
  topics?: readonly string[];
}

export class AreaMapping {
  private readonly terms: Array<AreaTerm & { folded: string }>;

  constructor(terms: readonly AreaTerm[]) {
    this.terms = terms.map((t) => ({ ...t, folded: ` ${fold(t.term)} ` })).filter((t) => t.folded.trim() !== '');
  }

  /** Every area the table names, id -> name (to create the areas a work lands in). */
  areas(): Map<string, string> {
    return new Map(this.terms.map((t) => [t.areaId, t.areaName]));
  }

  /** The areas a work is in, sorted by id. */
  areasOf(subjects: WorkSubjects): string[] {
    const texts: Record<Exclude<AreaSource, 'any'>, string[]> = {
      mesh: (subjects.mesh ?? []).map((s) => ` ${fold(s)} `),
      condition: (subjects.conditions ?? []).map((s) => ` ${fold(s)} `),
      topic: (subjects.topics ?? []).map((s) => ` ${fold(s)} `),
    };
    const found = new Set<string>();
    for (const term of this.terms) {
      const pool = term.source === 'any' ? [...texts.mesh, ...texts.condition, ...texts.topic] : texts[term.source];
      if (pool.some((text) => text.includes(term.folded))) found.add(term.areaId);
    }
    return [...found].sort();
  }
}

/** Checks the table's rows (header already read); problems name the line. */
export function parseAreaTerms(rows: ReadonlyArray<{ line: number; values: Record<string, string> }>): { terms: AreaTerm[]; problems: string[] } {
  const terms: AreaTerm[] = [];
  const problems: string[] = [];
  for (const { line, values } of rows) {
    const areaId = (values.area ?? '').trim();
    const areaName = (values.name ?? '').trim();
    const source = (values.source ?? '').trim().toLowerCase();
    const term = (values.term ?? '').trim();
    if (!areaId || !areaName || !term) problems.push(`line ${line}: area, name and term are required`);
    else if (!(AREA_SOURCES as readonly string[]).includes(source)) problems.push(`line ${line}: source "${source}" is not one of ${AREA_SOURCES.join(', ')}`);
    else terms.push({ areaId, areaName, source: source as AreaSource, term });
  }
  return { terms, problems };
}
