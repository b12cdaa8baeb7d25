/**
 * What the audit keeps of a mutation's arguments: every field given, by name, and the
 * value only where the schema says it cannot be personal (ids, closed-list words, numbers,
 * flags). Text and dates (names, notes, a birthday) are never copied, whatever the model
 * marks: a field added tomorrow is safe without anyone remembering to list it.
 *
 * Types are read by shape, not `instanceof`: the schema is built by a CommonJS copy of
 * graphql-js and this file may load the ES module copy.
 */
const VALUE_KEPT_SCALARS = new Set(['ID', 'Boolean', 'Int', 'Float']);
const MAX_LENGTH = 2_000;

/** The parts of graphql-js's input types this rule reads. */
export interface InputTypeShape {
  toString(): string;
  ofType?: InputTypeShape;
  name?: string;
  getValues?: unknown;
  getFields?: () => Record<string, { name: string; type: InputTypeShape }>;
}

export function describeArgs(definitions: ReadonlyArray<{ name: string; type: InputTypeShape }>, values: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const arg of definitions) walk(arg.name, arg.type, values[arg.name], parts);
  const text = `fields: ${parts.join(', ')}`;
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

function unwrapNonNull(type: InputTypeShape): InputTypeShape {
  return String(type).endsWith('!') && type.ofType ? type.ofType : type;
}

function named(type: InputTypeShape): InputTypeShape {
  let t = type;
  while (t.ofType) t = t.ofType;
  return t;
}

function walk(path: string, type: InputTypeShape, value: unknown, parts: string[]): void {
  if (value === undefined || value === null) return;
  const unwrapped = unwrapNonNull(type);
  const base = named(type);
  if (String(unwrapped).startsWith('[')) {
    if (!Array.isArray(value)) return;
    if (base.getFields) value.forEach((item, i) => walk(`${path}[${i}]`, base, item, parts));
    else if (keepsValue(base)) parts.push(`${path}=${JSON.stringify(value)}`);
    else parts.push(`${path}[${value.length}]`);
    return;
  }
  if (base.getFields) {
    for (const field of Object.values(base.getFields())) walk(`${path}.${field.name}`, field.type, (value as Record<string, unknown>)[field.name], parts);
    return;
  }
  parts.push(keepsValue(base) ? `${path}=${JSON.stringify(value)}` : path);
}

function keepsValue(type: InputTypeShape): boolean {
  return typeof type.getValues === 'function' || VALUE_KEPT_SCALARS.has(type.name ?? '');
}
