/**
 * The server's message catalogue: every sentence a user reads that the server writes (a
 * change's summary, the evidence behind a rank move, the digest, field errors and
 * refusals, import and evidence-file errors, webhook bodies, what the CLI commands print)
 * is a message id and its parameters, rendered here with ICU MessageFormat (FormatJS
 * intl-messageformat). Code never joins sentences itself, so translating is adding a
 * catalogue (English, Portuguese of Portugal and of Brazil today); vocabularies (roles,
 * stages, statuses) are ICU `select`s inside the messages, so a country pack can word them
 * its own way. Each request renders in its own locale (`GraphContext.locale`, negotiated
 * in locale.ts); a CLI command in its `--locale` or the shell's LC_ALL/LC_MESSAGES/LANG
 * (cli/cli-support.ts); a webhook in the locale chosen when it was registered.
 *
 * The catalogue comes in areas, one file per area and language family: `messages.*`
 * explanations, change summaries, advice and the digest; `answers.*` the planning and
 * accounts answers (plan health, steps, agenda, briefing, recommendations, key-account
 * health); `errors.*` the API's refusals and field errors; `imports.*` CSV-import and
 * evidence-file problems and reports; `cli.*` what the data commands print.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { answersEn } from './answers.en.js';
import { answersPtBR, answersPtPT } from './answers.pt.js';
import { cliEn } from './cli.en.js';
import { cliPtBR, cliPtPT } from './cli.pt.js';
import { errorsEn } from './errors.en.js';
import { errorsPtBR, errorsPtPT } from './errors.pt.js';
import { importsEn } from './imports.en.js';
import { importsPtBR, importsPtPT } from './imports.pt.js';
import { en as explanationsEn } from './messages.en.js';
import { ptBR as explanationsPtBR, ptPT as explanationsPtPT } from './messages.pt.js';

/** The areas' catalogues as one; an id defined by two areas is a mistake, refused at start. */
function merged<T extends Record<string, string>>(...areas: Array<Readonly<Record<string, string>>>): T {
  const all: Record<string, string> = {};
  for (const area of areas) {
    for (const [id, source] of Object.entries(area)) {
      if (id in all) throw new Error(`message ${id} is defined in two catalogue areas`);
      all[id] = source;
    }
  }
  return all as T;
}

const en = merged<typeof explanationsEn & typeof answersEn & typeof errorsEn & typeof importsEn & typeof cliEn>(explanationsEn, answersEn, errorsEn, importsEn, cliEn);
export type EnglishMessages = typeof en;
export type MessageId = keyof EnglishMessages;
/**
 * A parameter: text, a number, an ISO date (`YYYY-MM-DD`, shown in the locale's words
 * where the message formats it as a date), or a list of words joined the locale's way
 * (`{ or: ['Institution', 'Committee'] }` reads "Institution or Committee", "Institution
 * ou Committee").
 */
export type MessageParam = string | number | null | WordList;
export type WordList = { readonly or: readonly string[] } | { readonly and: readonly string[] };
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A sentence not yet rendered: what the API keeps and hands to clients that translate for themselves. */
export interface Message {
  id: MessageId;
  params: MessageParams;
}

/** The catalogues' locales, as BCP 47 tags (the GraphQL enum `Locale` names them EN, PT_PT, PT_BR). */
export const LOCALES = ['en', 'pt-PT', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
const CATALOGUES: Record<Locale, Readonly<Record<MessageId, string>>> = {
  en,
  'pt-PT': merged<Record<MessageId, string>>(explanationsPtPT, answersPtPT, errorsPtPT, importsPtPT, cliPtPT),
  'pt-BR': merged<Record<MessageId, string>>(explanationsPtBR, answersPtBR, errorsPtBR, importsPtBR, cliPtBR),
};

/** Dates in messages are calendar days: formatted in UTC so that a day never slips. */
const FORMATS = {
  date: { day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } },
} as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A compiled message and the parameters it shows as dates (`{on, date, day}`). */
interface Compiled {
  format: IntlMessageFormat;
  dates: ReadonlySet<string>;
}
const compiled = new Map<string, Compiled>();

/** The arguments a message formats as dates, however deep in its selects and plurals. */
function dateArguments(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.date) into.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) dateArguments(option.value, into);
  }
  return into;
}

function formatter(locale: Locale, id: MessageId): Compiled {
  const key = `${locale}\u0000${id}`;
  let entry = compiled.get(key);
  if (!entry) {
    const source = CATALOGUES[locale][id];
    if (source === undefined) throw new Error(`message ${id} is missing from the ${locale} catalogue`);
    // No rich-text tags in server texts: `<file>` in a usage line is text.
    const format = new IntlMessageFormat(source, locale, FORMATS, { ignoreTag: true });
    entry = { format, dates: dateArguments(format.getAst()) };
    compiled.set(key, entry);
  }
  return entry;
}

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${locale}|${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { type, style: 'long' })));
  return format;
}

/**
 * Renders a message. ISO day strings given to a date argument become dates (for
 * `{on, date, day}`); anywhere else they stay text (a date a user wrote is quoted as
 * written). Null becomes `none`, which `select`s can word ("no stage").
 */
export function formatMessage(id: MessageId, params: MessageParams = {}, locale: Locale = 'en'): string {
  const { format, dates } = formatter(locale, id);
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === null) values[name] = 'none';
    else if (typeof value === 'object') values[name] = 'or' in value ? listFormat(locale, 'disjunction').format(value.or) : listFormat(locale, 'conjunction').format(value.and);
    else if (typeof value === 'string' && dates.has(name) && ISO_DAY.test(value)) values[name] = new Date(`${value}T00:00:00Z`);
    else values[name] = value;
  }
  const out = format.format(values);
  return typeof out === 'string' ? out : String(out);
}

/** A message to render later. */
export function message(id: MessageId, params: MessageParams = {}): Message {
  return { id, params };
}

/** Renders a message kept for later (`message(...)`, a rule's evidence or advice). */
export function renderMessage(message: Message, locale: Locale = DEFAULT_LOCALE): string {
  return formatMessage(message.id, message.params, locale);
}

/**
 * A message kept in the database as JSON (`{"id", "params"}`), worded in `locale`; text
 * that is not such a message (written before messages were kept) is returned as it is.
 */
export function renderStoredMessage(stored: string | null, locale: Locale = DEFAULT_LOCALE): string | null {
  if (stored === null || !stored.startsWith('{')) return stored;
  try {
    const kept = JSON.parse(stored) as Partial<Message>;
    if (typeof kept.id === 'string' && kept.id in en) return formatMessage(kept.id as MessageId, kept.params ?? {}, locale);
  } catch {
    // Not JSON: plain text.
  }
  return stored;
}

/** Every message id of a catalogue (default English; tests compare them and render each one). */
export function messageIds(locale: Locale = DEFAULT_LOCALE): MessageId[] {
  return Object.keys(CATALOGUES[locale]) as MessageId[];
}

/** A catalogue's source text of a message (undefined when the catalogue lacks it): for the parity test. */
export function messageSource(locale: Locale, id: string): string | undefined {
  return (CATALOGUES[locale] as Readonly<Record<string, string>>)[id];
}
