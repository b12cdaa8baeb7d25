import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatMessage, LOCALES, messageIds, messageSource, type MessageId, type MessageParams } from '../../server/src/kernel/i18n/catalogue.js';

/** Sample values of the explanations' parameters, each exercising its other branch. */
const SAMPLE: MessageParams = {
  from: 'Dr. Ana Reis', to: 'Dr. Rui Lopes', person: 'Dr. Ana Reis', user: 'Kim Kam', at: 'Drug and Therapeutics Committee',
  toward: 'Rival Pharma', tender: 'Insulin tender', scope: 'Northern Region', name: 'Kim Kam', position: 'Head of Cardiology',
  when: 'past', strength: 0.8, basis: 'science', role: 'chair', on: '2026-11-20', before: 2, after: 1, direction: 'up',
  type: 'INFLUENCES', factor: 'influence', own: 'yes', score: 0.5, since: '2026-11-01', until: '2026-11-27', readOn: null,
  count: 3, label: 'Territory', scopeKind: 'territory', summary: 'Dr. Ana Reis now chairs DTC', weight: 0.4, description: 'influence rose', id: 'person-1', url: 'ftp://x', min: 24,
  n: '3', c: '2', coalitions: 2, cross: 'yes', head: 'yes', roleWords: 'chair', area: 'Oncology', pmid: '123', nctId: 'NCT1', event: 'ESC 2026',
  title: 'Heart failure', year: '2026', weigh: 'numbers', weighs: 'numbers, detail', stage: 'loyalty', unowned: 'yes',
  value: 'INSURANCE_FUND', country: 'Portugal', code: 'pt', accepted: 'HOSPITAL, CLINIC',
  flagged: 'yes', keyShare: 0.66, period: '2026', max: 0.55, mono: 0.75, topCount: 2, topRevenue: 0.62, topProfit: 0.5, largest: 'Rede Botica', largestShare: 0.41, more: 2, top: 20,
  expected: { or: ['Institution', 'Committee'] },
};

/** Every argument a message's source takes, with how it is used (`argument`, `select`, `plural`, `number`, `date`). */
function argumentsOf(source: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument) found.set(e.value, found.get(e.value) ?? 'argument');
      if (e.type === TYPE.number) found.set(e.value, 'number');
      if (e.type === TYPE.date) found.set(e.value, 'date');
      if (e.type === TYPE.select) found.set(e.value, 'select');
      if (e.type === TYPE.plural) found.set(e.value, 'plural');
      if (e.type === TYPE.select || e.type === TYPE.plural) for (const option of Object.values(e.options)) walk(option.value);
    }
  };
  walk(parse(source, { ignoreTag: true }));
  return found;
}

/** Values for every argument of a message: the samples above, else one that suits how it is used. */
function sampleFor(id: MessageId): MessageParams {
  const params: Record<string, MessageParams[string]> = {};
  for (const [name, use] of argumentsOf(messageSource('en', id)!)) {
    params[name] = SAMPLE[name] ?? (use === 'date' ? '2026-11-20' : use === 'plural' || use === 'number' ? 2 : use === 'select' ? 'some-word' : `<${name}>`);
  }
  return params;
}

describe('the catalogues of every locale', () => {
  // Parity: every locale has every id another has, and each message parses; failures name both.
  const ids = new Set(LOCALES.flatMap((locale) => messageIds(locale)));
  for (const locale of LOCALES) {
    it(`${locale} has every message of the others, and each parses as ICU MessageFormat`, () => {
      const problems: string[] = [];
      for (const id of ids) {
        const source = messageSource(locale, id);
        if (source === undefined) {
          problems.push(`${locale}: ${id} is missing`);
          continue;
        }
        try {
          const english = [...argumentsOf(messageSource('en', id)!).keys()].sort();
          const own = [...argumentsOf(source).keys()].sort();
          if (own.join() !== english.join()) problems.push(`${locale}: ${id} takes {${own.join('}, {')}} where English takes {${english.join('}, {')}}`);
          formatMessage(id as MessageId, sampleFor(id as MessageId), locale);
        } catch (error) {
          problems.push(`${locale}: ${id} does not parse (${(error as Error).message})`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('words Portugal and Brazil each their own way', () => {
    const stage = { user: 'Kim', person: 'Dr. X', before: 'contact', after: 'near_friendly' };
    expect(formatMessage('change.stageChanged', stage, 'pt-PT')).toBe('Kim passou de contacto a quase amizade com Dr. X');
    expect(formatMessage('change.stageChanged', stage, 'pt-BR')).toBe('Kim passou de contato a quase amizade com Dr. X');
    const drafting = { role: 'specification_author', roleWords: 'specification author', at: 'Insulin tender' };
    expect(formatMessage('power.formal.decisionGroup', drafting, 'en')).toBe('specification author in Insulin tender');
    expect(formatMessage('power.formal.decisionGroup', drafting, 'pt-PT')).toBe('autor do caderno de encargos em Insulin tender');
    expect(formatMessage('power.formal.decisionGroup', drafting, 'pt-BR')).toBe('autor do termo de referência em Insulin tender');
    const influence = { name: 'Dr. A', strength: 0.8, basis: 'science', area: null };
    expect(formatMessage('power.influences', influence, 'en')).toBe('influences Dr. A (0.80, science)');
    expect(formatMessage('power.influences', influence, 'pt-PT')).toBe('influencia Dr. A (0,80, ciência)');
    expect(formatMessage('power.influencedBy', { count: 1200, n: '1200' }, 'en')).toBe('influenced by 1200 people');
  });
});

describe('the message catalogue', () => {
  it('renders every message with names, vocabulary words and calendar days', () => {
    for (const id of messageIds()) {
      const text = formatMessage(id, sampleFor(id));
      // Literal braces are quoted in a message (a JSON example): none may be left unfilled.
      expect(text.replace('{"query": "...", "variables": {...}}', ''), id).not.toMatch(/\{|\}/);
      expect(text.length, id).toBeGreaterThan(3);
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
