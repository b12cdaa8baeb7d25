/**
 * Who an author, investigator or speaker is: matched to a person by ORCID first, then by
 * name plus where they work. Never merges on a doubt: a match is made only at AUTO_MATCH or
 * more with no other person within MARGIN; everything else waits for a user's decision.
 */
import { fold, nameTokens, type NameParts } from './names.js';

/** A match is made at this score or more... */
export const AUTO_MATCH = 0.85;
/** ...when no other person comes within this much of it. */
export const MARGIN = 0.1;
/** People scoring at least this are offered as candidates in the review queue. */
export const CANDIDATE_MIN = 0.4;
/** How many candidates the review queue keeps per name. */
export const MAX_CANDIDATES = 5;
export const NAME_WEIGHT = 0.6;
export const PLACE_WEIGHT = 0.4;
/** Name scores: every part agrees; family and first given name; initials; family only. */
export const NAME_SCORES = { full: 1, first: 0.9, initialsAll: 0.8, initialsFirst: 0.75, familyOnly: 0.5 } as const;
/** Place scores: an affiliation names the person's institution; it names its city. */
export const PLACE_SCORES = { institution: 1, city: 0.75 } as const;

/** A person as matching sees them. */
export interface DirectoryPerson {
  id: string;
  name: string;
  orcid: string | null;
  /** Where they work (today), with the institution's city. */
  institutions: Array<{ name: string; city: string | null }>;
}

/** A name as the evidence gives it, with everything it says about where they work. */
export interface NameFacts extends NameParts {
  orcid: string | null;
  affiliations: readonly string[];
  /** Cities the evidence places them in (a trial site's city). */
  cities: readonly string[];
}

export interface CandidateScore {
  personId: string;
  score: number;
  nameScore: number;
  placeScore: number;
}

export interface MatchResult {
  /** The person matched, or null: the name waits for review. */
  personId: string | null;
  /** The score of the match, or of the best candidate (0 when there is none). */
  score: number;
  /** Best first, at least CANDIDATE_MIN, at most MAX_CANDIDATES. */
  candidates: CandidateScore[];
}

/**
 * How well the name fits a person's name (0..1): the family name's words must all be in
 * the person's name (and not be their first given name); the given names then agree in
 * full (1), in the first given name (0.9), in every initial (0.8) or the first initial
 * (0.75); with no given names at all, 0.5. Any disagreement is 0.
 */
export function nameScore(name: NameParts, personName: string): number {
  const person = nameTokens(personName);
  const family = nameTokens(name.lastName ?? '');
  if (family.length === 0 || person.length === 0) return 0;
  const rest = [...person];
  for (const word of family) {
    const at = rest.lastIndexOf(word);
    // The family name is never the person's first given name (unless it is all they have).
    if (at < 0 || (at === 0 && person.length > 1)) return 0;
    rest.splice(at, 1);
  }
  const given = nameTokens(name.foreName ?? '').filter((t) => t.length > 1);
  if (rest.length === 0) return given.length === 0 ? NAME_SCORES.familyOnly : 0;
  if (given.length > 0) {
    if (given[0] !== rest[0]) return 0;
    return given.every((g) => rest.includes(g)) && rest.every((r) => given.includes(r)) ? NAME_SCORES.full : NAME_SCORES.first;
  }
  const initials = fold(name.initials ?? '').replace(/ /g, '');
  if (initials === '') return NAME_SCORES.familyOnly;
  if (initials[0] !== rest[0]![0]) return 0;
  const restInitials = rest.map((r) => r[0]).join('');
  return restInitials.startsWith(initials) ? NAME_SCORES.initialsAll : NAME_SCORES.initialsFirst;
}

/** Significant words of an institution's name (3 letters or more). */
function significant(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((t) => t.length >= 3 && !STOP_WORDS.has(t));
}
const STOP_WORDS = new Set(['the', 'and', 'for', 'dos', 'das', 'del', 'della', 'von', 'und']);

/**
 * How well where the evidence places them fits where the person works (0..1): 1 when an
 * affiliation holds every significant word of one of their institutions' names, 0.75 when
 * an affiliation or a city names an institution's city, else 0.
 */
export function placeScore(facts: Pick<NameFacts, 'affiliations' | 'cities'>, person: DirectoryPerson): number {
  const affiliations = facts.affiliations.map((a) => ` ${fold(a)} `);
  let best = 0;
  for (const institution of person.institutions) {
    const words = significant(institution.name);
    if (words.length > 0 && affiliations.some((a) => words.every((w) => a.includes(` ${w} `)))) return PLACE_SCORES.institution;
    const city = institution.city ? fold(institution.city) : '';
    if (city !== '' && (affiliations.some((a) => a.includes(` ${city} `)) || facts.cities.some((c) => fold(c) === city))) best = PLACE_SCORES.city;
  }
  return best;
}

/** One person's score for a name: 1 for the same ORCID iD; 0 for a different one. */
export function scoreCandidate(facts: NameFacts, person: DirectoryPerson): CandidateScore {
  if (facts.orcid && person.orcid) {
    const same = facts.orcid === person.orcid;
    return { personId: person.id, score: same ? 1 : 0, nameScore: same ? 1 : 0, placeScore: same ? 1 : 0 };
  }
  const name = nameScore(facts, person.name);
  const place = name > 0 ? placeScore(facts, person) : 0;
  return { personId: person.id, score: round3(NAME_WEIGHT * name + PLACE_WEIGHT * place), nameScore: name, placeScore: place };
}

/**
 * The people of the graph, indexed by each word of their names, so that a name is scored
 * only against people sharing its family name.
 */
export class PeopleDirectory {
  private readonly byWord = new Map<string, DirectoryPerson[]>();
  private readonly byOrcid = new Map<string, DirectoryPerson>();

  constructor(people: Iterable<DirectoryPerson>) {
    for (const person of people) this.add(person);
  }

  add(person: DirectoryPerson): void {
    if (person.orcid) this.byOrcid.set(person.orcid, person);
    for (const word of new Set(nameTokens(person.name))) {
      const list = this.byWord.get(word);
      if (list) list.push(person);
      else this.byWord.set(word, [person]);
    }
  }

  /** The person with this ORCID iD, if any. */
  withOrcid(orcid: string | null): DirectoryPerson | undefined {
    return orcid ? this.byOrcid.get(orcid) : undefined;
  }

  /** People who may be this name: same ORCID, or a word of the family name in their name. */
  candidatesFor(facts: NameFacts): DirectoryPerson[] {
    const found = new Map<string, DirectoryPerson>();
    const byOrcid = facts.orcid ? this.byOrcid.get(facts.orcid) : undefined;
    if (byOrcid) found.set(byOrcid.id, byOrcid);
    const family = nameTokens(facts.lastName ?? '');
    const last = family[family.length - 1];
    for (const person of (last ? this.byWord.get(last) : undefined) ?? []) found.set(person.id, person);
    return [...found.values()];
  }
}

/** Matches a name against the directory (see the module comment for when a match is made). */
export function matchName(facts: NameFacts, directory: PeopleDirectory): MatchResult {
  const byOrcid = directory.withOrcid(facts.orcid);
  if (byOrcid) return { personId: byOrcid.id, score: 1, candidates: [{ personId: byOrcid.id, score: 1, nameScore: 1, placeScore: 1 }] };
  const scored = directory
    .candidatesFor(facts)
    .map((person) => scoreCandidate(facts, person))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || (a.personId < b.personId ? -1 : 1));
  const best = scored[0];
  const candidates = scored.filter((c) => c.score >= CANDIDATE_MIN).slice(0, MAX_CANDIDATES);
  if (!best) return { personId: null, score: 0, candidates };
  const runnerUp = scored[1]?.score ?? 0;
  if ((best.score >= AUTO_MATCH && best.score - runnerUp >= MARGIN - 1e-9)) return { personId: best.personId, score: best.score, candidates };
  return { personId: null, score: best.score, candidates };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
