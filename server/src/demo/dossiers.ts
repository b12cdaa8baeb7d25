/**
 * Dossiers: the standardised file on every decision-group member and KOL (docs/domain.md#the-dossier).
 * It holds personal data, so it honours the person's choices: nobody who opted out has
 * one, and without consent only business facts are kept.
 */
import type { DemoContext } from './context.js';
import type { Props } from './graph-builder.js';
import { displayName } from './people.js';
import type { Rng } from './prng.js';
import {
  CHARACTER_TYPES,
  COMMUNICATION_STYLES,
  DOSSIER_SOURCES,
  FAMILY,
  HOBBIES,
  VALUES,
} from './text-pools.js';

export function buildDossiers(ctx: Pick<DemoContext, 'builder' | 'calendar' | 'people' | 'decisionGroup'>, rng: Rng): void {
  const { builder, calendar, people, decisionGroup } = ctx;
  const subjects = new Set<number>(decisionGroup);
  for (const kols of people.kols) for (const p of kols) subjects.add(p);
  // Ascending person order keeps node order independent of how the set was filled.
  const ordered = [...subjects].sort((a, b) => a - b);

  for (const p of ordered) {
    if (people.optedOut[p]) continue;
    const personId = people.ids[p] as string;
    const id = `dossier-${personId}`;
    const recordedOn = -rng.range(3, 700);
    const props: Props = {};
    if (people.consent[p]) {
      props.birthday = calendar.day(-rng.range(32 * 365, 68 * 365));
      props.hobbies = rng.sample(HOBBIES, rng.range(1, 3));
      props.family = rng.pick(FAMILY);
      props.values = rng.pick(VALUES);
    }
    props.communicationStyle = rng.pick(COMMUNICATION_STYLES);
    props.characterType = rng.pick(CHARACTER_TYPES);
    props.source = rng.pick(DOSSIER_SOURCES);
    props.recordedOn = calendar.day(recordedOn);
    builder.addNode(id, 'Dossier', `Dossier: ${displayName(people, p)}`, props);
    builder.addTie(personId, 'HAS_DOSSIER', id, { since: calendar.day(recordedOn) });
  }
}
