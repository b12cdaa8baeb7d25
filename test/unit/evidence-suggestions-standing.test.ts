import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../server/src/kernel/i18n/catalogue.js';
import { AreaMapping, parseAreaTerms } from '../../server/src/modules/evidence/rules/areas.js';
import { standingOf } from '../../server/src/modules/evidence/rules/standing.js';
import { evidenceFactor, suggestTies } from '../../server/src/modules/evidence/rules/suggestions.js';
import type { Participation } from '../../server/src/modules/evidence/rules/types.js';

const ASOF = '2026-11-27';
const pub = (workId: string, date: string, authors: Array<[string, number]>, authorCount = authors.length, areaIds: string[] = []): Participation[] =>
  authors.map(([personId, position]) => ({
    personId,
    workId,
    kind: 'publication',
    date,
    label: workId.replace('pmid-', ''),
    title: `Title ${workId}`,
    matchScore: 1,
    position,
    authorCount,
    last: position === authorCount && authorCount >= 2,
    areaIds,
  }));

describe('tie suggestions', () => {
  it('proposes KNOWS between co-authors, stronger with more and more recent works', () => {
    const one = suggestTies(pub('pmid-1', '2026-01-01', [['a', 1], ['b', 2]], 3), ASOF);
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ type: 'KNOWS', fromId: 'a', toId: 'b', strength: 0.3, confidence: 0.5, workIds: ['pmid-1'], reasons: [{ code: 'co_authored', count: 1 }] });
    const three = suggestTies([...pub('pmid-1', '2026-01-01', [['a', 1], ['b', 2]], 3), ...pub('pmid-2', '2025-01-01', [['b', 1], ['a', 2]], 3), ...pub('pmid-3', '2016-01-01', [['a', 1], ['b', 3]], 3)], ASOF);
    const knows = three.find((s) => s.type === 'KNOWS')!;
    expect(knows.strength).toBeGreaterThan(one[0]!.strength);
    expect(knows.confidence).toBe(1);
    expect(knows.workIds).toEqual(['pmid-1', 'pmid-2', 'pmid-3']);
    // An old paper weighs less than a new one.
    const old = suggestTies(pub('pmid-9', '2006-01-01', [['a', 1], ['b', 2]], 3), ASOF)[0]!;
    expect(old.strength).toBeLessThan(one[0]!.strength);
  });

  it('proposes INFLUENCES from a senior author over a recurring first author only (two articles or more)', () => {
    const once = suggestTies(pub('pmid-1', '2026-01-01', [['junior', 1], ['senior', 3]], 3), ASOF);
    expect(once.map((s) => s.type)).toEqual(['KNOWS']);
    const twice = suggestTies([...pub('pmid-1', '2026-01-01', [['junior', 1], ['senior', 3]], 3), ...pub('pmid-2', '2024-06-01', [['junior', 1], ['senior', 4]], 4)], ASOF);
    const influence = twice.find((s) => s.type === 'INFLUENCES')!;
    expect(influence).toMatchObject({ fromId: 'senior', toId: 'junior', basis: 'science', reasons: [{ code: 'senior_author_over_first_author', count: 2 }] });
    expect(influence.confidence).toBe(0.75);
  });

  it('leaves consortium papers out of KNOWS and lowers confidence with an unsure match', () => {
    expect(suggestTies(pub('pmid-1', '2026-01-01', [['a', 1], ['b', 2]], 120), ASOF)).toEqual([]);
    const unsure = pub('pmid-1', '2026-01-01', [['a', 1], ['b', 2]], 3).map((p) => (p.personId === 'b' ? { ...p, matchScore: 0.6 } : p));
    expect(suggestTies(unsure, ASOF)[0]!.confidence).toBe(0.3);
  });

  it('proposes INFLUENCES from a trial principal investigator over its site investigators, and KNOWS among them', () => {
    const trial = (personId: string, role: string, overall: boolean): Participation => ({
      personId, workId: 'trial-NCT01', kind: 'trial', date: '2025-03-01', label: 'NCT01', title: 'A trial', matchScore: 1, role, overall, areaIds: ['area-cardiology'],
    });
    const out = suggestTies([trial('pi', 'principal_investigator', true), trial('site', 'principal_investigator', false), trial('sub', 'sub_investigator', false)], ASOF);
    const influences = out.filter((s) => s.type === 'INFLUENCES').map((s) => [s.fromId, s.toId]);
    expect(influences.sort()).toEqual([['pi', 'site'], ['pi', 'sub']]);
    expect(out.filter((s) => s.type === 'KNOWS')).toHaveLength(3);
    expect(out.every((s) => s.domainId === 'area-cardiology')).toBe(true);
  });

  it('proposes KNOWS between speakers of one session, not of different sessions', () => {
    const talk = (personId: string, session: string): Participation => ({
      personId, workId: `talk-${personId}-${session}`, kind: 'talk', date: '2026-05-01', label: 'Congress', title: session, matchScore: 1, role: 'speaker', sessionKey: `event-1|${session}`, areaIds: [],
    });
    const out = suggestTies([talk('a', 's1'), talk('b', 's1'), talk('c', 's2')], ASOF);
    expect(out.map((s) => [s.fromId, s.toId, s.reasons[0]!.code])).toEqual([['a', 'b', 'shared_session']]);
    expect(out[0]!.workIds.sort()).toEqual(['talk-a-s1', 'talk-b-s1']);
  });

  it('keeps only suggestions touching the people asked for', () => {
    const parts = [...pub('pmid-1', '2026-01-01', [['a', 1], ['b', 2], ['c', 3]], 3)];
    expect(suggestTies(parts, ASOF, new Set(['c'])).map((s) => `${s.fromId}-${s.toId}`).sort()).toEqual(['a-c', 'b-c']);
  });

  it('weighs evidence: one work 0.5, two 0.75, three or more 1', () => {
    expect([0, 1, 2, 3, 7].map(evidenceFactor)).toEqual([0, 0.5, 0.75, 1, 1]);
  });
});

describe('scientific standing', () => {
  it('weighs senior, first and other authorship, trial leadership and talks by recency', () => {
    const parts: Participation[] = [
      ...pub('pmid-1', '2026-02-01', [['x', 3]], 3),
      ...pub('pmid-2', '2023-02-01', [['x', 1]], 3),
      ...pub('pmid-3', '2026-02-01', [['x', 2]], 3),
      { personId: 'x', workId: 'trial-NCT1', kind: 'trial', date: '2026-01-01', label: 'NCT1', title: 'T', matchScore: 1, role: 'principal_investigator', overall: true, areaIds: [] },
      { personId: 'x', workId: 'talk-1', kind: 'talk', date: '2026-05-01', label: 'Congress', title: 'Topic', matchScore: 1, role: 'chair', sessionKey: 's', areaIds: [] },
    ];
    const s = standingOf(parts, ASOF);
    // 1.0 + 0.6 × 0.5 (three years old, half-life 3) + 0.25 + 1.5 + 0.6
    expect(s.raw).toBeCloseTo(3.65, 4);
    expect(s).toMatchObject({ publications: 3, seniorPublications: 1, trialsLed: 1, trialSites: 0, talks: 1 });
    expect(s.level).toBeCloseTo(1 - Math.exp(-3.65 / 5), 4);
    const worded = s.evidence.map((l) => formatMessage(l.messageId, l.params, 'en'));
    expect(s.evidence[0]).toMatchObject({ workId: 'trial-NCT1' });
    expect(worded[0]).toBe('principal investigator of NCT1 (2026)');
    expect(worded).toContain('senior author of PMID 1 (2026)');
    expect(formatMessage(s.evidence[0]!.messageId, s.evidence[0]!.params, 'pt-PT')).toBe('investigador principal de NCT1 (2026)');
  });

  it('counts nothing for people without works, and nothing dated after the as-of day', () => {
    expect(standingOf([], ASOF)).toMatchObject({ raw: 0, level: 0, evidence: [] });
    expect(standingOf(pub('pmid-1', '2027-02-01', [['x', 1]], 1), ASOF).raw).toBe(0);
  });

  it('counts works outside an asked therapeutic area at 0.2', () => {
    const parts = [...pub('pmid-1', '2026-02-01', [['x', 2]], 2, ['area-oncology']), ...pub('pmid-2', '2026-02-01', [['x', 2]], 2, ['area-cardiology'])];
    expect(standingOf(parts, ASOF, 'area-oncology').raw).toBeCloseTo(1.2, 4);
    expect(standingOf(parts, ASOF).raw).toBe(2);
  });
});

describe('therapeutic areas from the mapping table', () => {
  const { terms, problems } = parseAreaTerms([
    { line: 2, values: { area: 'area-oncology', name: 'Oncology', source: 'mesh', term: 'Neoplasms' } },
    { line: 3, values: { area: 'area-cardiology', name: 'Cardiology', source: 'condition', term: 'Heart Failure' } },
    { line: 4, values: { area: 'area-cardiology', name: 'Cardiology', source: 'any', term: 'coração' } },
    { line: 5, values: { area: 'area-x', name: 'X', source: 'somewhere', term: 'x' } },
  ]);
  const mapping = new AreaMapping(terms);

  it('places works by whole words of MeSH terms, conditions and topics, ignoring case and accents', () => {
    expect(mapping.areasOf({ mesh: ['Breast Neoplasms', 'Humans'] })).toEqual(['area-oncology']);
    expect(mapping.areasOf({ conditions: ['Chronic Heart Failure'] })).toEqual(['area-cardiology']);
    expect(mapping.areasOf({ mesh: ['Heart Failure'] })).toEqual([]);
    expect(mapping.areasOf({ topics: ['Insuficiência do CORACAO'] })).toEqual(['area-cardiology']);
    expect(mapping.areasOf({ mesh: ['Neoplasmsx'] })).toEqual([]);
  });

  it('names the line of a bad row', () => {
    expect(problems).toEqual(['line 5: source "somewhere" is not one of mesh, condition, topic, any']);
  });
});
