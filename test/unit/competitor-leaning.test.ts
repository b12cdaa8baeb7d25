import { describe, expect, it } from 'vitest';
import type { StanceModel } from '../../server/src/modules/people/models.js';
import { competitorLeaning } from '../../server/src/modules/competitors/rules/competitor-leaning.js';

const stance = (towardName: string, value: number, ours: boolean): StanceModel => ({
  personId: 'p',
  towardId: towardName.toLowerCase(),
  towardName,
  value,
  ours,
  source: null,
  since: null,
});

describe('competitorLeaning', () => {
  it('leans to competitors when they are favoured above us', () => {
    expect(competitorLeaning([stance('Rival', 2, false), stance('Us', 1, true)])).toEqual({
      towardUs: 1,
      towardCompetitors: 2,
      competitorStances: [stance('Rival', 2, false)],
    });
  });

  it('counts a favoured competitor when nothing is known of us', () => {
    expect(competitorLeaning([stance('Rival', 1, false)])?.towardUs).toBeNull();
  });

  it('does not lean when competitors are not favoured, or not above us, or unknown', () => {
    expect(competitorLeaning([stance('Rival', 0, false)])).toBeNull();
    expect(competitorLeaning([stance('Rival', 1, false), stance('Us', 1, true)])).toBeNull();
    expect(competitorLeaning([stance('Us', -2, true)])).toBeNull();
    expect(competitorLeaning([])).toBeNull();
  });

  it('averages several competitors and lists the strongest first', () => {
    const leaning = competitorLeaning([stance('Beta', 1, false), stance('Alpha', 2, false), stance('Us', -1, true)]);
    expect(leaning?.towardCompetitors).toBe(1.5);
    expect(leaning?.competitorStances.map((s) => s.towardName)).toEqual(['Alpha', 'Beta']);
  });
});
