/**
 * Interactions: the dated visits, calls, meetings, e-mails and proposals between our
 * KAMs and their accounts. Closer relationships have more history. A few proposals are
 * days old with no confirmation (the follow-up rule: call a day later) and the main
 * KAM has meetings planned, so the briefing and follow-up features have material.
 */
import type { INTERACTION_KINDS } from '../modules/graph/model.js';
import type { Catalog } from './catalog.js';
import type { DemoContext } from './context.js';
import type { GraphBuilder, Props } from './graph-builder.js';
import { interactionName } from '../modules/planning/rules/interaction-name.js';
import type { Rng } from './prng.js';
import type { Institution } from './skeleton.js';
import { fill, INTERACTION_NOTES, INTERACTION_OUTCOMES } from './text-pools.js';
import { mainKam, type Kam } from './users.js';

type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface Contacts {
  /** Per person index, the day offset of their latest interaction (planned ones included). */
  lastContact: Map<number, number>;
}

const KINDS: readonly InteractionKind[] = ['visit', 'call', 'email', 'informal_meeting', 'proposal', 'event'];
const KIND_WEIGHTS: readonly number[] = [0.35, 0.25, 0.15, 0.1, 0.1, 0.05];
/** An Interaction node with the KAM and the person who took part in it. */
export function addInteraction(
  builder: GraphBuilder,
  { id, name, props, kamId, personId }: { id: string; name: string; props: Props; kamId: string; personId: string },
): void {
  builder.addNode(id, 'Interaction', name, props);
  builder.addTie(kamId, 'PARTICIPATED_IN', id);
  builder.addTie(personId, 'PARTICIPATED_IN', id);
}

export function buildInteractions(
  ctx: Pick<DemoContext, 'builder' | 'calendar' | 'catalog' | 'skeleton' | 'people' | 'users'>,
  rng: Rng,
): Contacts {
  const { builder, calendar, catalog, skeleton, people, users } = ctx;
  const lastContact = new Map<number, number>();
  const touch = (person: number, offset: number): void => {
    const seen = lastContact.get(person);
    if (seen === undefined || offset > seen) lastContact.set(person, offset);
  };
  let counter = 0;
  const width = Math.max(6, String(people.count * 4).length);
  const ourProductByArea = catalog.areas.map((_, area) => {
    const ours = catalog.products.filter((p) => p.ours);
    const inArea = ours.find((p) => p.area === area) ?? (ours[0] as Catalog['products'][number]);
    return `${inArea.inn} (${catalog.companies[inArea.company]?.name ?? ''})`;
  });

  const record = (kam: Kam, person: number, kind: InteractionKind, offset: number, outcome?: string): void => {
    counter++;
    const id = `interaction-${String(counter).padStart(width, '0')}`;
    const area = people.area[person] as number;
    const values = { area: (catalog.areas[area] as { name: string }).name, product: ourProductByArea[area] as string };
    const props: Props = {
      kind,
      date: calendar.day(offset),
      outcome: outcome ?? rng.pick(INTERACTION_OUTCOMES[kind] ?? ['neutral']),
      notes: fill(rng.pick(INTERACTION_NOTES[kind] ?? ['']), values),
    };
    // A proposal carries its validity date (docs/domain.md#proposals).
    if (kind === 'proposal') props.validUntil = calendar.day(offset + rng.pick([30, 60, 90]));
    const name = interactionName(kind, props.date as string);
    addInteraction(builder, { id, name, props, kamId: kam.id, personId: people.ids[person] as string });
    touch(person, offset);
    if (offset < 0 && kind !== 'email' && kind !== 'call' && rng.chance(0.1)) {
      const members = (skeleton.institutions[people.institution[person] as number] as Institution).members;
      const colleague = members[rng.int(members.length)] as number;
      if (colleague !== person) {
        builder.addTie(people.ids[colleague] as string, 'PARTICIPATED_IN', id);
        touch(colleague, offset);
      }
    }
  };

  for (const kam of users.kams) {
    for (const account of kam.accounts) {
      if (account.stage === 0) continue;
      const count = Math.max(1, account.stage + rng.range(-1, 1));
      for (let n = 0; n < count; n++) {
        // The first contact is the oldest; later ones drift toward today.
        const offset = -rng.range(1, Math.max(2, 720 - n * 150));
        record(kam, account.person, KINDS[rng.weighted(KIND_WEIGHTS)] as InteractionKind, offset);
      }
    }
  }

  const main = mainKam(users);
  if (main) {
    const key = main.accounts.filter((a) => people.influential[a.person] && a.stage >= 1);
    key.slice(0, 3).forEach((a, n) => record(main, a.person, 'proposal', -(n + 1), 'no_confirmation'));
    key.slice(3, 6).forEach((a) => record(main, a.person, 'visit', rng.range(1, 21), 'planned'));
  }
  return { lastContact };
}
