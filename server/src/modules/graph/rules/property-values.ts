import { message, type Message, type MessageId } from '../../../kernel/i18n/catalogue.js';
import type { PropertyKind, PropertyValue } from '../model.js';

/** Lists travel in one CSV cell, separated by this character. */
export const LIST_SEPARATOR = ';';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value, or why not (a catalogue message: the API and the import word it in their reader's language). */
export type Parsed = { ok: true; value: PropertyValue } | { ok: false; reason: Message };

const refuse = (id: MessageId, params: Record<string, string | number> = {}): Parsed => ({ ok: false, reason: message(id, params) });

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A CSV cell -> a typed value; `undefined` kind means a property the model does not know (kept as text). */
export function parseCell(kind: PropertyKind | undefined, raw: string): Parsed {
  const text = raw.trim();
  if (!kind || kind.kind === 'string' || kind.kind === 'text') return { ok: true, value: text };
  switch (kind.kind) {
    case 'number':
    case 'integer': {
      const value = Number(text);
      if (!Number.isFinite(value) || text === '') return refuse('value.notNumber', { text });
      return checkNumber(kind, value);
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (['true', 'yes', '1'].includes(lower)) return { ok: true, value: true };
      if (['false', 'no', '0'].includes(lower)) return { ok: true, value: false };
      return refuse('value.notBoolean', { text });
    }
    case 'date':
      return isIsoDate(text) ? { ok: true, value: text } : refuse('value.notDate', { text });
    case 'enum':
      return parseWord(kind, text);
    case 'list':
      return parseList(text);
  }
}

/**
 * A closed-list word as a CSV may give it: the stored word (`loyalty`), the API's enum name
 * (`LOYALTY`), or a word earlier versions used (`loyal`), which means its successor.
 */
function parseWord(kind: { values: readonly string[]; former?: Readonly<Record<string, string>>; refused?: Readonly<Record<string, MessageId>> }, text: string): Parsed {
  const word = kind.values.includes(text) ? text : text.toLowerCase();
  if (kind.values.includes(word)) return { ok: true, value: word };
  const successor = kind.former?.[word];
  if (successor !== undefined) return { ok: true, value: successor };
  const refusal = kind.refused?.[word];
  if (refusal !== undefined) return refuse(refusal, { text });
  return refuse('value.notOneOf', { text, values: kind.values.join(', ') });
}

/** `a;b;c`, or a JSON array when an item itself holds the separator (what export writes then). */
function parseList(text: string): Parsed {
  if (text.startsWith('[')) {
    try {
      const items: unknown = JSON.parse(text);
      if (Array.isArray(items) && items.every((i) => typeof i === 'string')) return { ok: true, value: items };
    } catch {
      // Not JSON: read it as a plain list below.
    }
  }
  return {
    ok: true,
    value: text
      .split(LIST_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

/** Checks a value that is already typed (from the demo generator or the API). */
export function checkValue(kind: PropertyKind | undefined, value: PropertyValue): Parsed {
  if (value === null) return { ok: true, value };
  if (!kind) return { ok: true, value };
  switch (kind.kind) {
    case 'string':
    case 'text':
      return typeof value === 'string' ? { ok: true, value } : refuse('value.mustBeText');
    case 'number':
    case 'integer':
      return typeof value === 'number' ? checkNumber(kind, value) : refuse('value.mustBeNumber');
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : refuse('value.mustBeBoolean');
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? { ok: true, value }
        : refuse('value.notDate', { text: String(value) });
    case 'enum':
      return typeof value === 'string' && kind.values.includes(value)
        ? { ok: true, value }
        : refuse('value.notOneOf', { text: String(value), values: kind.values.join(', ') });
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? { ok: true, value }
        : refuse('value.mustBeTextList');
  }
}

function checkNumber(kind: { kind: 'number' | 'integer'; min?: number; max?: number }, value: number): Parsed {
  if (kind.kind === 'integer' && !Number.isInteger(value)) return refuse('value.notWhole', { value: String(value) });
  if (kind.min !== undefined && value < kind.min) return refuse('value.below', { value: String(value), min: String(kind.min) });
  if (kind.max !== undefined && value > kind.max) return refuse('value.above', { value: String(value), max: String(kind.max) });
  return { ok: true, value };
}

/** A typed value -> a CSV cell (the inverse of parseCell). */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const items = value.map(String);
    const plain = items.every((i) => !i.includes(LIST_SEPARATOR) && i === i.trim() && i !== '') && !items[0]?.startsWith('[');
    return plain ? items.join(LIST_SEPARATOR) : JSON.stringify(items);
  }
  return String(value);
}
