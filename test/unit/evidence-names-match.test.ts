import { describe, expect, it } from 'vitest';
import { AUTO_MATCH, matchName, nameScore, PeopleDirectory, placeScore, scoreCandidate, type DirectoryPerson, type NameFacts } from '../../server/src/modules/evidence/rules/match.js';
import { fold, identityKey, initialsOf, nameTokens, normaliseOrcid, splitName } from '../../server/src/modules/evidence/rules/names.js';

describe('names', () => {
  it('folds accents, case and punctuation, and drops particles and titles', () => {
    expect(fold('João Conceição-Müller')).toBe('joao conceicao muller');
    expect(nameTokens('Prof. Dr. Maria dos Santos da Silva')).toEqual(['maria', 'santos', 'silva']);
    expect(nameTokens("Ana d'Ávila")).toEqual(['ana', 'avila']);
  });

  it('splits names written in one piece, with degrees, particles and family-first commas', () => {
    expect(splitName('João Pedro da Conceição, MD, PhD')).toEqual({ lastName: 'da Conceição', foreName: 'João Pedro', initials: 'JP' });
    expect(splitName('Müller, Hans')).toEqual({ lastName: 'Müller', foreName: 'Hans', initials: 'H' });
    expect(splitName('Prof. Ana Ribeiro')).toEqual({ lastName: 'Ribeiro', foreName: 'Ana', initials: 'A' });
    expect(splitName('Dr. Ma')).toEqual({ lastName: 'Ma', foreName: null, initials: null });
    expect(initialsOf('Jean-Pierre')).toBe('JP');
  });

  it('reads ORCID iDs bare, as URLs and with a prefix; refuses anything else', () => {
    expect(normaliseOrcid('https://orcid.org/0000-0002-1825-009x')).toBe('0000-0002-1825-009X');
    expect(normaliseOrcid('ORCID: 0000-0001-5109-3700')).toBe('0000-0001-5109-3700');
    expect(normaliseOrcid('not an orcid')).toBeNull();
  });

  it('gives one identity to a name however the works spell it, and the ORCID iD when there is one', () => {
    const a = identityKey({ lastName: 'Conceição', foreName: 'João', initials: 'J' }, null);
    const b = identityKey({ lastName: 'CONCEICAO', foreName: null, initials: 'J' }, null);
    expect(a).toBe('name:conceicao|j');
    expect(b).toBe(a);
    expect(identityKey({ lastName: 'Conceição', foreName: 'João', initials: 'J' }, '0000-0001-5109-3700')).toBe('orcid:0000-0001-5109-3700');
  });
});

const hospital = { name: 'Hospital de Santa Maria', city: 'Lisboa' };
const people: DirectoryPerson[] = [
  { id: 'p-joao', name: 'Dr. João Pedro Conceição', orcid: null, institutions: [hospital] },
  { id: 'p-joana', name: 'Joana Conceição', orcid: null, institutions: [{ name: 'Hospital de São João', city: 'Porto' }] },
  { id: 'p-muller', name: 'Prof. Hans Müller', orcid: '0000-0002-1825-0097', institutions: [{ name: 'Charité', city: 'Berlin' }] },
];
const facts = (over: Partial<NameFacts>): NameFacts => ({ lastName: null, foreName: null, initials: null, orcid: null, affiliations: [], cities: [], ...over });

describe('matching a name to a person', () => {
  it('scores names: every part, the first given name, initials, family only, and conflicts', () => {
    expect(nameScore({ lastName: 'Conceição', foreName: 'João Pedro', initials: 'JP' }, 'Dr. João Pedro Conceição')).toBe(1);
    expect(nameScore({ lastName: 'Conceição', foreName: 'João', initials: 'J' }, 'João Pedro Conceição')).toBe(0.9);
    expect(nameScore({ lastName: 'Conceição', foreName: null, initials: 'JP' }, 'João Pedro Conceição')).toBe(0.8);
    expect(nameScore({ lastName: 'Conceição', foreName: null, initials: 'J' }, 'João Pedro Conceição')).toBe(0.8);
    expect(nameScore({ lastName: 'Conceição', foreName: null, initials: null }, 'João Pedro Conceição')).toBe(0.5);
    expect(nameScore({ lastName: 'Conceição', foreName: 'Joana', initials: 'J' }, 'João Pedro Conceição')).toBe(0);
    expect(nameScore({ lastName: 'Silva', foreName: 'João', initials: 'J' }, 'João Pedro Conceição')).toBe(0);
    // The family name is not the person's first given name.
    expect(nameScore({ lastName: 'João', foreName: 'Pedro', initials: 'P' }, 'João Pedro Conceição')).toBe(0);
  });

  it('scores places: the institution named in an affiliation, else its city', () => {
    expect(placeScore({ affiliations: ['Serviço de Cardiologia, Hospital de Santa Maria, Lisboa, Portugal'], cities: [] }, people[0]!)).toBe(1);
    expect(placeScore({ affiliations: ['Faculdade de Medicina, Universidade de Lisboa, Lisboa'], cities: [] }, people[0]!)).toBe(0.75);
    expect(placeScore({ affiliations: [], cities: ['lisboa'] }, people[0]!)).toBe(0.75);
    expect(placeScore({ affiliations: ['Hospital Universitário, Coimbra'], cities: ['Coimbra'] }, people[0]!)).toBe(0);
  });

  it('matches by ORCID first, whatever the name says, and never to a person with another ORCID', () => {
    const directory = new PeopleDirectory(people);
    expect(matchName(facts({ lastName: 'Mueller', orcid: '0000-0002-1825-0097' }), directory)).toMatchObject({ personId: 'p-muller', score: 1 });
    const other = scoreCandidate(facts({ lastName: 'Müller', foreName: 'Hans', orcid: '0000-0001-5109-3700', affiliations: ['Charité, Berlin'] }), people[2]!);
    expect(other.score).toBe(0);
  });

  it('matches a name with its institution, and keeps a bare name for review with its candidates', () => {
    const directory = new PeopleDirectory(people);
    const sure = matchName(facts({ lastName: 'Conceição', foreName: 'João Pedro', initials: 'JP', affiliations: ['Hospital de Santa Maria, Lisboa'] }), directory);
    expect(sure).toMatchObject({ personId: 'p-joao', score: 1 });
    const bare = matchName(facts({ lastName: 'Conceição', foreName: 'João', initials: 'J' }), directory);
    expect(bare.personId).toBeNull();
    expect(bare.score).toBeLessThan(AUTO_MATCH);
    expect(bare.candidates.map((c) => c.personId)).toEqual(['p-joao']);
    const initialsOnly = matchName(facts({ lastName: 'Conceicao', initials: 'J', affiliations: ['Porto'] }), directory);
    expect(initialsOnly.personId).toBeNull();
    expect(initialsOnly.candidates.map((c) => c.personId).sort()).toEqual(['p-joana', 'p-joao']);
  });

  it('refuses to choose between two people who fit equally well', () => {
    const twins = new PeopleDirectory([
      { id: 'a', name: 'Ana Ribeiro', orcid: null, institutions: [hospital] },
      { id: 'b', name: 'Ana Ribeiro', orcid: null, institutions: [hospital] },
    ]);
    const result = matchName(facts({ lastName: 'Ribeiro', foreName: 'Ana', affiliations: ['Hospital de Santa Maria'] }), twins);
    expect(result.personId).toBeNull();
    expect(result.candidates).toHaveLength(2);
  });
});
