import { describe, expect, it } from 'vitest';
import { agendaItemHref, groupAgenda, kindInfo, type AgendaItemLike } from '../../web/src/features/agenda/agenda-days.js';
import { addDays, dayLabel, daysBetween, isIsoDate, relativeDays } from '../../web/src/shared/dates.js';

const today = '2026-11-27';
const items: AgendaItemLike[] = [
  { date: '2026-10-31', kind: 'PLAN_STEP', title: 'Brief Prof. Weber', subjectId: 'plan-2', overdue: true },
  { date: '2026-11-20', kind: 'FOLLOW_UP', title: 'Follow up: Proposal to Mateus Moura', subjectId: 'interaction-proposal-1', overdue: true },
  { date: '2026-11-27', kind: 'FOLLOW_UP', title: 'Follow up: Proposal to Prof. Wieczorek', subjectId: 'interaction-proposal-4', overdue: false },
  { date: '2026-11-29', kind: 'BIRTHDAY', title: 'Birthday of Bruna Rodrigues', subjectId: 'person-00009', overdue: false },
  { date: '2026-12-13', kind: 'EVENT', title: 'Round Table', subjectId: 'event-north-upcoming-round-table', overdue: false },
  { date: '2026-12-13', kind: 'PLAN_STEP', title: 'Meet Prof. Ramos at the Round Table', subjectId: 'plan-1', overdue: false },
];

describe('agenda grouping', () => {
  it('puts overdue items first, then one group per day in date order', () => {
    const g = groupAgenda(items, today);
    expect(g.overdue.map((i) => i.subjectId)).toEqual(['plan-2', 'interaction-proposal-1']);
    expect(g.days.map((d) => [d.date, d.label, d.when])).toEqual([
      ['2026-11-27', 'Today', 'today'],
      ['2026-11-29', 'Sun 29 Nov', 'future'],
      ['2026-12-13', 'Sun 13 Dec', 'future'],
    ]);
    // Within a day, what needs doing before what is good to know.
    expect(g.days[2]!.items.map((i) => i.kind)).toEqual(['PLAN_STEP', 'EVENT']);
    expect(g.counts).toEqual({ PLAN_STEP: 2, FOLLOW_UP: 2, BIRTHDAY: 1, EVENT: 1 });
  });

  it('filters by kind but still counts every kind', () => {
    const g = groupAgenda(items, today, ['BIRTHDAY']);
    expect(g.overdue).toEqual([]);
    expect(g.days.flatMap((d) => d.items.map((i) => i.kind))).toEqual(['BIRTHDAY']);
    expect(g.counts.PLAN_STEP).toBe(2);
  });

  it('is empty for no items', () => {
    expect(groupAgenda([], today)).toEqual({ overdue: [], days: [], counts: {} });
  });

  it('links items to where they can be acted on', () => {
    expect(agendaItemHref(items[0]!)).toBe('/plans?plan=plan-2');
    expect(agendaItemHref(items[3]!)).toBe('/?node=person-00009&tab=person');
    expect(agendaItemHref({ date: today, kind: 'TENDER_PREPARATION', title: 't', subjectId: 'tender-north-1', overdue: false })).toBe('/?tender=tender-north-1&tab=tender&shapers=1');
    expect(agendaItemHref({ date: today, kind: 'FOLLOW_UP', title: 'f', subjectId: null, overdue: false })).toBeNull();
    expect(kindInfo('BIRTHDAY')).toEqual({ label: 'Birthday', hint: 'From the dossier of a person you own' });
    expect(kindInfo('TENDER_PREPARATION').label).toBe('Tender preparation');
  });
});

describe('calendar dates', () => {
  it('adds days across months and years in UTC', () => {
    expect(addDays('2026-11-27', 30)).toBe('2026-12-27');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-27', '2027-01-04')).toBe(38);
  });

  it('labels days relative to today', () => {
    expect(dayLabel('2026-11-27', today)).toBe('Today');
    expect(dayLabel('2026-11-28', today)).toBe('Tomorrow');
    expect(dayLabel('2026-11-26', today)).toBe('Yesterday');
    expect(dayLabel('2027-01-04', today)).toBe('Mon 4 Jan 2027');
    expect(relativeDays('2026-10-31', today)).toBe('27 days ago');
    expect(relativeDays('2026-12-22', today)).toBe('in 25 days');
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2026-11-27')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('27/11/2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
