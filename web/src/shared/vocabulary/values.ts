// Enum values outside the type system: in URLs, CSS classes and data attributes they are
// written in lower case (`?stage=loyalty`, `health-needs_attention`), and a few API fields
// typed String (a graph node's kind, a tie's role) carry a closed list's word in either case.
// These helpers turn both back into the generated enum's value, or null.

/** Every value of a generated enum object, in the SDL's order. */
export function valuesOf<E extends Record<string, string>>(enumObject: E): E[keyof E][] {
  return Object.values(enumObject) as E[keyof E][];
}

/** The enum value a word names, whatever its case; null for anything else. */
export function enumValue<E extends Record<string, string>>(enumObject: E, word: string | null | undefined): E[keyof E] | null {
  if (!word) return null;
  const upper = word.toUpperCase();
  for (const value of valuesOf(enumObject)) if (value.toUpperCase() === upper) return value;
  return null;
}

/** An enum value as URLs, CSS classes and data attributes write it. */
export function slug(value: string): string {
  return value.toLowerCase();
}
