/**
 * Birthdays on the agenda: two or three people the main KAM owns (the plans' people
 * first) get a dossier birthday within the next two weeks. Only dossiers that already
 * hold a birthday (the person consented) are touched, and only the month and day move:
 * the year of birth stays as dossiers.ts drew it.
 */
import type { DemoContext } from './context.js';
import type { Rng } from './prng.js';
import { mainKam } from './users.js';

/** The agenda's horizon: birthdays within this many days count as upcoming. */
export const BIRTHDAY_HORIZON_DAYS = 14;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function buildBirthdays(ctx: Pick<DemoContext, 'builder' | 'calendar' | 'people' | 'users' | 'targets'>, rng: Rng): void {
  const { builder, calendar, people, users, targets } = ctx;
  const main = mainKam(users);
  if (!main) return;
  const dossierOf = (p: number): string => `dossier-${people.ids[p] as string}`;
  const hasBirthday = (p: number): boolean => typeof builder.prop(dossierOf(p), 'birthday') === 'string';

  const planned = targets.filter((t) => t.kam === main).map((t) => t.account.person).filter(hasBirthday);
  const others = main.accounts
    .map((a) => a.person)
    .filter((p) => !planned.includes(p) && hasBirthday(p))
    .sort((a, b) => (people.weight[b] as number) - (people.weight[a] as number) || a - b);
  const wanted = rng.range(2, 3);
  const chosen = [...planned.slice(0, wanted - 1), ...others].slice(0, wanted);

  const days = rng.sample(Array.from({ length: BIRTHDAY_HORIZON_DAYS - 1 }, (_, i) => i + 1), chosen.length);
  chosen.forEach((p, k) => {
    const id = dossierOf(p);
    const year = (builder.prop(id, 'birthday') as string).slice(0, 4);
    let offset = days[k] as number;
    let monthDay = calendar.day(offset).slice(5);
    // 29 February only exists in leap years of birth.
    if (monthDay === '02-29' && !isLeap(Number(year))) monthDay = calendar.day(++offset).slice(5);
    builder.setProp(id, 'birthday', `${year}-${monthDay}`);
  });
}
