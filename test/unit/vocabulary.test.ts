import { describe, expect, it } from 'vitest';
import { bestStage, propertyKind, RELATIONSHIP_STAGES, stageRank } from '../../server/src/modules/graph/model.js';
import { renderMessage } from '../../server/src/kernel/i18n/catalogue.js';
import { parseCell } from '../../server/src/modules/graph/rules/property-values.js';
import { criteriaClaimedBy, mergeCriteria, missingCriteria, readCriteria, writeCriteria } from '../../server/src/modules/people/rules/ladder.js';

describe('the closed word lists, from the SDL', () => {
  it('keeps the ladder in the article’s order, with no stage below contact', () => {
    expect(RELATIONSHIP_STAGES).toEqual(['contact', 'acquaintance', 'loyalty', 'near_friendly']);
    expect([null, 'contact', 'near_friendly'].map(stageRank)).toEqual([0, 1, 4]);
    expect(bestStage(['contact', null, 'loyalty'])).toBe('loyalty');
    expect(bestStage([null])).toBeNull();
  });

  it('imports the stored word, the API’s name and the words earlier versions used', () => {
    const stage = propertyKind('tie', 'RELATES', 'stage');
    expect(parseCell(stage, 'loyalty')).toEqual({ ok: true, value: 'loyalty' });
    expect(parseCell(stage, 'NEAR_FRIENDLY')).toEqual({ ok: true, value: 'near_friendly' });
    expect(parseCell(stage, 'acquainted')).toEqual({ ok: true, value: 'acquaintance' });
    expect(parseCell(stage, 'advocate')).toEqual({ ok: true, value: 'near_friendly' });
    const friendly = parseCell(stage, 'friendly');
    expect(!friendly.ok && renderMessage(friendly.reason)).toBe('"friendly" is not one of contact, acquaintance, loyalty, near_friendly');
    expect(parseCell(propertyKind('node', 'Plan', 'developmentLevel'), 'd3')).toEqual({ ok: true, value: 'D3' });
  });

  it('refuses to record anyone as swayed by money, and says why', () => {
    const basis = propertyKind('tie', 'INFLUENCES', 'basis');
    expect(parseCell(basis, 'commercial')).toEqual({ ok: true, value: 'commercial' });
    const money = parseCell(basis, 'money');
    expect(money.ok).toBe(false);
    expect(!money.ok && renderMessage(money.reason)).toMatch(/"money" is not recorded: .*bribery red flag.*use commercial/);
    expect(!money.ok && renderMessage(money.reason, 'pt-BR')).toMatch(/"money" não é registrado: .*sinal de alerta de suborno.*use commercial/);
  });
});

describe('the relationship ladder’s criteria', () => {
  it('claims the criteria of a stage and every step below it', () => {
    expect(criteriaClaimedBy('contact')).toEqual([]);
    expect(criteriaClaimedBy('loyalty')).toEqual(['knows_kam_and_company', 'kam_knows_them', 'knows_our_medicines', 'speaks_with_respect']);
  });

  it('reads and writes them with the day each was first seen, keeping the earliest', () => {
    const met = readCriteria(['kam_knows_them 2026-02-01', 'knows_kam_and_company', 'not_a_criterion 2026-01-01', 'kam_knows_them 2025-12-01']);
    expect(met).toEqual([
      { criterion: 'knows_kam_and_company', since: null },
      { criterion: 'kam_knows_them', since: '2025-12-01' },
    ]);
    expect(writeCriteria(met)).toEqual(['knows_kam_and_company', 'kam_knows_them 2025-12-01']);
    expect(mergeCriteria(met, [{ criterion: 'knows_kam_and_company', since: '2026-03-01' }])[0]).toEqual({ criterion: 'knows_kam_and_company', since: '2026-03-01' });
  });

  it('names what a claimed stage lacks', () => {
    const met = readCriteria(['knows_kam_and_company 2026-01-01', 'kam_knows_them 2026-01-01']);
    expect(missingCriteria('acquaintance', met)).toEqual([]);
    expect(missingCriteria('loyalty', met)).toEqual(['knows_our_medicines', 'speaks_with_respect']);
    expect(missingCriteria(null, [])).toEqual([]);
  });
});
