/**
 * The server's message catalogue: every sentence a user reads that the server writes (a
 * change's summary, the evidence behind a rank move, the digest, field errors of the new
 * modules) is a message id and its parameters, rendered here with ICU MessageFormat
 * (FormatJS intl-messageformat). Code never joins sentences itself, so translating is
 * adding a catalogue (English, Portuguese of Portugal and of Brazil today); vocabularies
 * (roles, stages, statuses) are ICU `select`s inside the messages, so a country pack can
 * word them its own way. Each request renders in its own locale (`GraphContext.locale`,
 * negotiated in locale.ts).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type EnglishMessages } from './messages.en.js';
import { ptBR, ptPT } from './messages.pt.js';

export type MessageId = keyof EnglishMessages;
/** A parameter: text, a number, or an ISO date (`YYYY-MM-DD`, shown in the locale's words). */
export type MessageParam = string | number | null;
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
const CATALOGUES: Record<Locale, Readonly<Record<MessageId, string>>> = { en, 'pt-PT': ptPT, 'pt-BR': ptBR };

/** Dates in messages are calendar days: formatted in UTC so that a day never slips. */
const FORMATS = {
  date: { day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } },
} as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const compiled = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, id: MessageId): IntlMessageFormat {
  const key = `${locale}\u0000${id}`;
  let format = compiled.get(key);
  if (!format) {
    const source = CATALOGUES[locale][id];
    if (source === undefined) throw new Error(`message ${id} is missing from the ${locale} catalogue`);
    format = new IntlMessageFormat(source, locale, FORMATS);
    compiled.set(key, format);
  }
  return format;
}

/**
 * Renders a message. ISO day strings become dates (for `{on, date, day}`); null becomes
 * `none`, which `select`s can word ("no stage").
 */
export function formatMessage(id: MessageId, params: MessageParams = {}, locale: Locale = 'en'): string {
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === null) values[name] = 'none';
    else if (typeof value === 'string' && ISO_DAY.test(value)) values[name] = new Date(`${value}T00:00:00Z`);
    else values[name] = value;
  }
  const out = formatter(locale, id).format(values);
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

/** Every message id of a catalogue (default English; tests compare them and render each one). */
export function messageIds(locale: Locale = DEFAULT_LOCALE): MessageId[] {
  return Object.keys(CATALOGUES[locale]) as MessageId[];
}

/** A catalogue's source text of a message (undefined when the catalogue lacks it): for the parity test. */
export function messageSource(locale: Locale, id: string): string | undefined {
  return (CATALOGUES[locale] as Readonly<Record<string, string>>)[id];
}
