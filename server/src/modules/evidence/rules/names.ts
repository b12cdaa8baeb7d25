/**
 * Names as evidence writes them and as the graph holds them, reduced to comparable parts:
 * accents and case dropped, particles (da, dos, de, van, von ...) and titles (Dr., Prof.)
 * left out, degrees after a comma (`, MD, PhD`) removed.
 */
import { createHash } from 'node:crypto';

/** Family-name particles: part of the name, never what tells two people apart. */
const PARTICLES = new Set(['da', 'das', 'de', 'des', 'del', 'della', 'der', 'den', 'di', 'do', 'dos', 'du', 'e', 'la', 'le', 'van', 'von', 'y', 'd', 'zu', 'ten', 'ter']);
/** Titles and degrees that precede or follow a name. */
const TITLES = new Set([
  'dr', 'dra', 'drs', 'prof', 'profa', 'professor', 'professora', 'mr', 'mrs', 'ms', 'sr', 'sra', 'md', 'phd', 'msc', 'mph', 'mba', 'bsc', 'facc', 'frcp', 'frcpc', 'facp', 'rn', 'pharmd', 'dphil', 'mbbs', 'mbchb', 'habil', 'jr',
]);

/** Lower case, accents dropped, anything but letters and digits a space. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a name that tell people apart: folded, without particles and titles. */
export function nameTokens(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((t) => t !== '' && !PARTICLES.has(t) && !TITLES.has(t));
}

/** A name's parts as evidence gives them. */
export interface NameParts {
  lastName: string | null;
  foreName: string | null;
  initials: string | null;
}

/**
 * Splits a name written in one piece (`Prof. João Pedro da Conceição, MD, PhD`,
 * `Müller, Hans`) into family name and given names. Without a comma before the given
 * names, the last word is the family name (with its particles: `da Conceição`).
 */
export function splitName(full: string): NameParts {
  let text = full.trim().replace(/\s+/g, ' ');
  if (text === '') return { lastName: null, foreName: null, initials: null };
  const pieces = text.split(',').map((p) => p.trim()).filter(Boolean);
  const isDegrees = (piece: string) => piece.split(/[\s.]+/).filter(Boolean).every((w) => TITLES.has(fold(w)));
  // `Müller, Hans` (family first) vs `John Smith, MD, PhD` (degrees after).
  if (pieces.length >= 2 && !isDegrees(pieces[1]!)) {
    const given = stripTitles(pieces.slice(1).filter((p) => !isDegrees(p)).join(' '));
    return { lastName: pieces[0]!, foreName: given || null, initials: given ? initialsOf(given) : null };
  }
  text = stripTitles(pieces[0] ?? text);
  const words = text.split(' ');
  if (words.length === 1) return { lastName: words[0]!, foreName: null, initials: null };
  // The family name starts at the particle before the last word, if any (`da Conceição`).
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(fold(words[start - 1]!))) start -= 1;
  const foreName = words.slice(0, start).join(' ');
  return { lastName: words.slice(start).join(' '), foreName, initials: initialsOf(foreName) };
}

function stripTitles(text: string): string {
  const words = text.split(' ').filter(Boolean);
  while (words.length > 1 && TITLES.has(fold(words[0]!))) words.shift();
  while (words.length > 1 && TITLES.has(fold(words[words.length - 1]!))) words.pop();
  return words.join(' ');
}

/** `João Pedro` -> `JP`; `J.-P.` -> `JP`. */
export function initialsOf(given: string): string {
  return nameTokens(given.replace(/-/g, ' '))
    .map((t) => t[0]!.toUpperCase())
    .join('');
}

/** How a name is shown: `Conceição, João` (or the family name alone). */
export function displayName(parts: NameParts): string {
  const given = parts.foreName ?? parts.initials;
  return [parts.lastName, given].filter(Boolean).join(', ');
}

const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;

/** The bare ORCID iD from `0000-0002-1825-0097`, `https://orcid.org/...` or `ORCID: ...`; null when there is none. */
export function normaliseOrcid(value: string | null | undefined): string | null {
  const match = value ? ORCID.exec(value.replace(/\s+/g, '')) : null;
  return match ? match[1]!.toUpperCase() : null;
}

/**
 * What identifies a name across works: the ORCID iD, else the folded family name with the
 * given names' initials. Two works naming `Conceição, J` and `Conceição, João` share it.
 */
export function identityKey(parts: NameParts, orcid: string | null): string {
  if (orcid) return `orcid:${orcid}`;
  const family = nameTokens(parts.lastName ?? '').join(' ');
  const initials = (parts.initials ? fold(parts.initials).replace(/ /g, '') : '') || fold(initialsOf(parts.foreName ?? '')).replace(/ /g, '');
  return `name:${family}|${initials}`;
}

/** A short stable id from a key (`contributor-…`, `suggestion-…`, `talk-…`). */
export function hashId(prefix: string, key: string): string {
  return `${prefix}-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
}
