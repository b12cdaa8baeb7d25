import { describe, expect, it } from 'vitest';
import { draftName, foldWords, guessInstitution } from '../../web/src/features/evidence/person-draft.js';

describe('a new person drafted from an unmatched name', () => {
  it('writes the name given names first, from its parts or from "Family, Given"', () => {
    expect(draftName({ name: 'Conceição, João Pedro', lastName: 'Conceição', foreName: 'João Pedro' })).toBe('João Pedro Conceição');
    expect(draftName({ name: 'Müller, Hans' })).toBe('Hans Müller');
    expect(draftName({ name: 'Silva, ', lastName: 'Silva' })).toBe('Silva');
    expect(draftName({ name: ' Dr. Tiago Gonçalves ' })).toBe('Dr. Tiago Gonçalves');
  });

  it('finds the institution an affiliation names, accents and punctuation ignored, the longest name winning', () => {
    const institutions = [
      { id: 'sm', name: 'Santa Maria' },
      { id: 'hsm', name: 'Hospital de Santa Maria', city: 'Lisboa' },
      { id: 'sj', name: 'Centro Hospitalar Universitário de São João', city: 'Porto' },
    ];
    expect(foldWords('Centro Hospitalar Universitário de São João, Porto.')).toBe('centro hospitalar universitario de sao joao porto');
    expect(guessInstitution(['Hospital de Santa Maria, Lisboa, Portugal.'], institutions)).toBe('hsm');
    expect(guessInstitution(['CENTRO HOSPITALAR UNIVERSITARIO DE SAO JOAO - Porto'], institutions)).toBe('sj');
    // The most recent affiliation first; a name inside a longer word does not count.
    expect(guessInstitution(['Charité, Berlin', 'Santa Marian Clinic', 'Santa Maria, Lisboa'], institutions)).toBe('sm');
    expect(guessInstitution(['Charité, Berlin'], institutions)).toBeNull();
    expect(guessInstitution([], institutions)).toBeNull();
  });
});
