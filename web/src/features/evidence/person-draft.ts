// A new person drafted from a name the evidence could not match: the name as people write it,
// and the workplace its affiliations most likely name. Pure, so it is unit-tested.

export interface NameParts {
  /** As the evidence writes it: `Conceição, João Pedro`, `Dr. Tiago Gonçalves`, `Sá B`. */
  name: string;
  lastName?: string | null;
  foreName?: string | null;
}

/** Given names first (`João Pedro Conceição`); the name as written when the parts are missing. */
export function draftName({ name, lastName, foreName }: NameParts): string {
  if (lastName && foreName) return `${foreName.trim()} ${lastName.trim()}`;
  const comma = name.indexOf(',');
  if (comma > 0) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    return given ? `${given} ${family}` : family;
  }
  return name.trim();
}

/** Accents, case and punctuation ignored; words kept in order. */
export function foldWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Place {
  id: string;
  name: string;
  city?: string | null;
}

/**
 * The institution an affiliation names: its whole name appears in the affiliation (words in
 * order, accents ignored), the longest such name winning (`Hospital de Santa Maria` over
 * `Santa Maria`); the most recent affiliation first. Null when none is named: the KAM picks.
 */
export function guessInstitution(affiliations: readonly string[], institutions: readonly Place[]): string | null {
  const named = institutions.map((i) => ({ id: i.id, words: foldWords(i.name) })).filter((i) => i.words.length > 0);
  for (const affiliation of affiliations) {
    const text = ` ${foldWords(affiliation)} `;
    let best: { id: string; length: number } | null = null;
    for (const i of named) {
      if (text.includes(` ${i.words} `) && (!best || i.words.length > best.length)) best = { id: i.id, length: i.words.length };
    }
    if (best) return best.id;
  }
  return null;
}
