/**
 * Country packs: the words a country uses (institution, committee and programme kinds,
 * tender procedures and statuses), what it calls them and its health system, its currency,
 * and the frame of its demo. A pack is data (data/country-packs/<code>.json), checked with
 * zod when it is loaded; a broken file stops the process with the file and the field.
 * The analytics never read a pack: only what the API accepts and how things are named.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../kernel/config.js';
import { LOCALES } from '../../kernel/i18n/catalogue.js';
import {
  DECISION_ROLES,
  INSTITUTION_KINDS,
  PROGRAM_KINDS,
  TENDER_PROCEDURES,
  TENDER_STATUSES,
} from '../graph/model.js';

export const COUNTRY_PACK_CODES = ['pt', 'br', 'generic'] as const;
export type CountryPackCode = (typeof COUNTRY_PACK_CODES)[number];

/** Where the shipped packs live. */
export const COUNTRY_PACK_DIR = path.join(PROJECT_ROOT, 'data', 'country-packs');

const nonBlank = z.string().trim().min(1, 'may not be blank');
/**
 * A name in each language the app speaks (kernel/i18n/catalogue.ts LOCALES): the pack's own
 * language holds the country's official words, the others how a reader of that language
 * calls the same thing (Brazil's *pregão eletrônico* stays a pregão in Portugal).
 */
const localName = z.object({ en: nonBlank, 'pt-PT': nonBlank, 'pt-BR': nonBlank }).strict();
export type LocalName = z.infer<typeof localName>;

/** One value of a closed list, as stored in the graph, with its names. */
function entry(values: readonly string[], what: string) {
  return z
    .object({
      value: z.string().superRefine((v, ctx) => {
        if (!values.includes(v)) ctx.addIssue({ code: 'custom', message: `"${v}" is not ${what} (one of ${values.join(', ')})` });
      }),
      names: localName,
    })
    .strict();
}

/** A list of values, none twice. */
function list<T extends z.ZodType<{ value: string }>>(item: T, min = 1) {
  return z
    .array(item)
    .min(min)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((it, i) => {
        if (seen.has(it.value)) ctx.addIssue({ code: 'custom', path: [i, 'value'], message: `"${it.value}" is listed twice` });
        seen.add(it.value);
      });
    });
}

const committeeKind = z
  .object({ value: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lower-case word such as pharmacy_therapeutics'), names: localName })
  .strict();

const institutionSlot = z.object({ kind: z.enum(INSTITUTION_KINDS), name: nonBlank }).strict();
const committeeSlot = z.object({ kind: nonBlank, name: nonBlank, description: nonBlank }).strict();
const programSlot = z.object({ kind: z.enum(PROGRAM_KINDS), name: nonBlank }).strict();

/**
 * The demo's frame for this country: its regions and the names and kinds of what each
 * region holds. Templates fill `{region}`, `{capital}`, `{city}`, `{hood}`, `{n}`, `{year}`,
 * `{hospital}`, `{area}`.
 */
const DemoSchema = z
  .object({
    country: z.object({ name: nonBlank, code: nonBlank }).strict(),
    /** How many regions a 300-person demo has (more people, more regions). */
    defaultRegions: z.number().int().min(1).max(50),
    regions: z
      .array(z.object({ slug: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a slug such as north'), name: nonBlank, code: nonBlank, cities: z.array(nonBlank).min(3) }).strict())
      .min(1),
    people: z.object({ locales: z.array(nonBlank).min(1), phonePrefix: z.string().regex(/^\+\d{1,4}$/, 'a dialling code such as +351') }).strict(),
    institutions: z
      .object({
        authority: institutionSlot,
        payer: institutionSlot,
        administration: institutionSlot,
        university: institutionSlot,
        society: institutionSlot,
        warehouse: institutionSlot,
        hospital: institutionSlot.omit({ name: true }).extend({ flagship: nonBlank, names: z.array(nonBlank).min(4) }),
        departments: z.array(nonBlank).length(8),
        clinic: institutionSlot.omit({ name: true }).extend({ names: z.array(nonBlank).min(1) }),
        chains: z.array(nonBlank).min(2),
        pharmacy: nonBlank,
        distributors: z.array(nonBlank).min(2),
        neighbourhoods: z.array(nonBlank).min(4),
      })
      .strict(),
    committees: z
      .object({ formulary: committeeSlot, tender: committeeSlot, programBoard: committeeSlot, societyBoard: committeeSlot, hospital: committeeSlot })
      .strict(),
    tenders: z
      .object({
        /** The procedure of a region's first, second and third tender. */
        procedures: z.array(z.enum(TENDER_PROCEDURES)).length(3),
        titles: z.array(nonBlank).length(3),
        /** Multiplies the demo's unit prices (the price level in this currency). */
        priceFactor: z.number().positive(),
        specification: z.object({ lot: nonBlank, rules: z.array(nonBlank).min(1) }).strict(),
      })
      .strict(),
    programs: z.object({ regional: z.array(programSlot).length(2), national: z.array(programSlot).min(1) }).strict(),
    /** The national level: the medicines agency, the HTA body, central purchasing. */
    national: z.array(z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), kind: z.enum(INSTITUTION_KINDS), name: nonBlank }).strict()),
    /** Job titles in the country's words, keyed by the generator's English ones. */
    positions: z.record(z.string(), nonBlank),
    /**
     * The catalogue in the country's words: therapeutic areas by slug, pharmaceutical forms
     * keyed by the generator's English ones, and the city of the companies' offices. Absent:
     * the generator's English (the generic pack).
     */
    catalog: z
      .object({ areas: z.record(z.string(), nonBlank), forms: z.record(z.string(), nonBlank), companyCity: nonBlank })
      .strict()
      .optional(),
  })
  .strict();

export const CountryPackSchema = z
  .object({
    code: z.enum(COUNTRY_PACK_CODES),
    name: localName,
    /** The language of the country's own words (one of the app's locales). */
    language: z.enum(LOCALES),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
    healthSystem: z
      .object({ nationalHealthService: localName, medicinesAgency: localName, htaBody: localName, procurementLaw: localName, region: localName })
      .strict(),
    vocabularies: z
      .object({
        institutionKind: list(entry(INSTITUTION_KINDS, 'an institution kind')),
        committeeKind: list(committeeKind),
        programKind: list(entry(PROGRAM_KINDS, 'a programme kind')),
        tenderProcedure: list(entry(TENDER_PROCEDURES, 'a tender procedure')),
        tenderStatus: list(entry(TENDER_STATUSES, 'a tender status')),
        decisionRole: list(entry(DECISION_ROLES, 'a decision-group role'), DECISION_ROLES.length),
      })
      .strict(),
    demo: DemoSchema,
  })
  .strict()
  .superRefine((pack, ctx) => {
    // The demo may only use words the pack lets the API accept.
    const allowed = (kind: keyof CountryPack['vocabularies'], value: string) => pack.vocabularies[kind].some((v) => v.value === value);
    const check = (kind: keyof CountryPack['vocabularies'], value: string, at: (string | number)[]) => {
      if (!allowed(kind, value)) ctx.addIssue({ code: 'custom', path: at, message: `"${value}" is not in vocabularies.${kind}` });
    };
    for (const [slot, inst] of Object.entries(pack.demo.institutions)) {
      if (inst && typeof inst === 'object' && 'kind' in inst) check('institutionKind', inst.kind, ['demo', 'institutions', slot, 'kind']);
    }
    pack.demo.national.forEach((n, i) => check('institutionKind', n.kind, ['demo', 'national', i, 'kind']));
    for (const [slot, c] of Object.entries(pack.demo.committees)) check('committeeKind', c.kind, ['demo', 'committees', slot, 'kind']);
    pack.demo.tenders.procedures.forEach((p, i) => check('tenderProcedure', p, ['demo', 'tenders', 'procedures', i]));
    [...pack.demo.programs.regional, ...pack.demo.programs.national].forEach((p, i) =>
      check('programKind', p.kind, ['demo', 'programs', i < 2 ? 'regional' : 'national', i < 2 ? i : i - 2, 'kind']));
    for (const word of ['company', 'department', 'pharmacy_chain', 'pharmacy', 'distributor']) {
      if (!allowed('institutionKind', word)) ctx.addIssue({ code: 'custom', path: ['vocabularies', 'institutionKind'], message: `must include "${word}": every country has them` });
    }
  });

export type CountryPack = z.infer<typeof CountryPackSchema>;
export type DemoFrame = CountryPack['demo'];
/** What the CountryPack GraphQL type resolves from (codegen mapper). */
export type CountryPackModel = CountryPack;
/** A name with the pack's language, so `local` can pick the country's own words (codegen mapper). */
export type LocalNameModel = LocalName & { language: CountryPack['language'] };
/** One value of a list as the API spells it, with its names (codegen mapper). */
export interface VocabularyValueModel {
  value: string;
  names: LocalName;
  language: CountryPack['language'];
}

export class CountryPackError extends Error {}

/** Reads and checks a pack file; a broken one names the file and the field or position. */
export function loadCountryPackFile(file: string): CountryPack {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CountryPackError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CountryPackError(`${file}: is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = CountryPackSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`);
    throw new CountryPackError(`${file}: is not a valid country pack:\n${lines.join('\n')}`);
  }
  return deepFreeze(parsed.data);
}

const cache = new Map<string, CountryPack>();

/** A shipped pack by its code (COUNTRY_PACK), loaded once per process. */
export function countryPack(code: CountryPackCode = 'pt'): CountryPack {
  let pack = cache.get(code);
  if (!pack) {
    pack = loadCountryPackFile(path.join(COUNTRY_PACK_DIR, `${code}.json`));
    if (pack.code !== code) throw new CountryPackError(`${code}.json: says its code is "${pack.code}"`);
    cache.set(code, pack);
  }
  return pack;
}

function formatPath(at: readonly PropertyKey[]): string {
  return at.reduce<string>((s, part) => (typeof part === 'number' ? `${s}[${part}]` : s ? `${s}.${String(part)}` : String(part)), '') || '(file)';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
