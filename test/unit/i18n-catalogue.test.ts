import { describe, expect, it } from 'vitest';
import { formatMessage, messageIds } from '../../server/src/kernel/i18n/catalogue.js';

/** Every parameter any message takes, with a value that exercises its other branch. */
const SAMPLE = {
  from: 'Dr. Ana Reis', to: 'Dr. Rui Lopes', person: 'Dr. Ana Reis', user: 'Kim Kam', at: 'Drug and Therapeutics Committee',
  toward: 'Rival Pharma', tender: 'Insulin tender', scope: 'Northern Region', name: 'Kim Kam', position: 'Head of Cardiology',
  when: 'past', strength: 0.8, basis: 'science', role: 'chair', on: '2026-11-20', before: 2, after: 1, direction: 'up',
  type: 'INFLUENCES', factor: 'influence', own: 'yes', score: 0.5, since: '2026-11-01', until: '2026-11-27', readOn: null,
  count: 3, label: 'Territory', scopeKind: 'territory', summary: 'Dr. Ana Reis now chairs DTC', weight: 0.4, description: 'influence rose', id: 'person-1', url: 'ftp://x', min: 24,
} as const;

describe('the message catalogue', () => {
  it('renders every message with names, vocabulary words and calendar days', () => {
    for (const id of messageIds()) {
      const text = formatMessage(id, SAMPLE);
      expect(text, id).not.toMatch(/\{|\}/);
      expect(text.length, id).toBeGreaterThan(5);
    }
  });

  it('words closed lists through select and days without a time-zone slip', () => {
    expect(formatMessage('change.roleStarted.committee', { person: 'Dr. Ana Reis', role: 'chair', at: 'the Drug and Therapeutics Committee', when: 'past', on: '2026-11-20' }))
      .toBe('Dr. Ana Reis now chairs the Drug and Therapeutics Committee');
    expect(formatMessage('change.termEnding.committee', { person: 'Dr. Ana Reis', role: 'secretary', at: 'DTC', on: '2027-01-31' }))
      .toBe("Dr. Ana Reis's term as secretary of DTC ends on Jan 31, 2027");
    expect(formatMessage('change.stageChanged', { user: 'Kim', person: 'Dr. X', before: null, after: 'near_friendly' }))
      .toBe('Kim moved from no stage to near-friendly with Dr. X');
    expect(formatMessage('change.tieStarted.influences', { from: 'A', to: 'B', strength: 0.8, basis: null, when: 'past' })).toBe('A now influences B (strength 0.80)');
    expect(formatMessage('digest.count', { count: 1 })).toBe('One change in what you watch.');
  });
});
