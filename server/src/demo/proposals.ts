/**
 * Proposals on the home region's tenders and the follow-up discipline around them
 * (docs/domain.md#follow-up-discipline: no confirmation -> call a day later, ask about next steps and urgency,
 * agree the next contact). The main KAM sent 4-6 proposals to decision-group members in
 * the last ten days, each valid for 30-60 days:
 *   interaction-proposal-1  sent 5+ days ago, unconfirmed, no follow-up: overdue;
 *   interaction-proposal-2  unconfirmed, followed up by interaction-follow-up-1 (a call
 *                           the next day, FOLLOWS_UP the proposal, next contact agreed);
 *   interaction-proposal-3  confirmed;
 *   interaction-proposal-4  sent yesterday, unconfirmed: the follow-up is due today;
 *   interaction-proposal-5+ confirmed or not, as drawn.
 */
import type { DemoContext } from './context.js';
import type { Props } from './graph-builder.js';
import { addInteraction } from './interactions.js';
import { interactionName } from '../modules/planning/rules/interaction-name.js';
import type { Rng } from './prng.js';
import type { DecisionRole, TenderGroup } from './tenders.js';
import { MAIN_KAM_ID } from './users.js';

/** Whom a KAM sends a tender proposal to first. */
const ROLE_ORDER: readonly DecisionRole[] = [
  'decision_maker', 'financial_evaluator', 'technical_evaluator', 'specification_author', 'champion', 'influencer', 'user',
  'gatekeeper',
];

const NOTES: Readonly<Record<string, string>> = {
  decision_maker: 'Supply proposal for {lots}: price per lot, delivery guarantee and exclusivity of the regional stock.',
  financial_evaluator: 'Supply proposal for {lots} with the budget impact over three years and the price per patient.',
  technical_evaluator: 'Supply proposal for {lots} with the full technical file: shelf life, cold chain, biosimilarity data.',
  specification_author: 'Supply proposal for {lots}; technical annex on interchangeability for the specification.',
  other: 'Supply proposal for {lots}; references from two regional hospitals attached.',
};

export interface ProposalIds {
  overdue?: string;
  followedUp?: string;
  followUp?: string;
}

export function buildProposals(ctx: Pick<DemoContext, 'builder' | 'calendar' | 'people' | 'tenders' | 'targets'>, rng: Rng): ProposalIds {
  const { builder, calendar, people, tenders, targets } = ctx;
  // The person of the plan that is behind has had no contact for weeks: a proposal would undo that.
  const avoid = new Set(targets.filter((t) => t.kind === 'behind').map((t) => t.account.person));
  const home = tenders.filter((t) => t.region === 0);
  // Each person once, with their most important role; about one of the tenders they are in.
  const roleRank = (role: DecisionRole): number => {
    const rank = ROLE_ORDER.indexOf(role);
    return rank < 0 ? ROLE_ORDER.length : rank;
  };
  const found = new Map<number, { role: DecisionRole; tenders: TenderGroup[] }>();
  for (const tender of home) {
    for (const [person, role] of tender.members) {
      if (avoid.has(person) || people.optedOut[person] || role === 'blocker') continue;
      const entry = found.get(person);
      if (!entry) found.set(person, { role, tenders: [tender] });
      else {
        entry.tenders.push(tender);
        if (roleRank(role) < roleRank(entry.role)) entry.role = role;
      }
    }
  }
  const recipients = [...found]
    .sort(([a, x], [b, y]) => roleRank(x.role) - roleRank(y.role) || a - b)
    .map(([person, entry]) => ({ person, role: entry.role, tender: rng.pick(entry.tenders) }));
  const count = Math.min(recipients.length, rng.range(4, 6));
  // Keep the role order for the first few (the decision maker gets one), shuffle the rest in.
  const chosen = [...recipients.slice(0, 2), ...rng.sample(recipients.slice(2), count - 2)].slice(0, count);

  const ids: ProposalIds = {};
  chosen.forEach(({ person, tender, role }, k) => {
    const n = k + 1;
    const id = `interaction-proposal-${n}`;
    const sent = n === 1 ? -rng.range(5, 9) : n === 2 ? -rng.range(3, 8) : n === 4 ? -1 : -rng.range(2, 10);
    const confirmed = n === 3 || (n >= 5 && rng.chance(0.5));
    const personId = people.ids[person] as string;
    const props: Props = {
      kind: 'proposal',
      date: calendar.day(sent),
      outcome: confirmed ? 'confirmed' : 'no_confirmation',
      notes: (NOTES[role] ?? (NOTES.other as string)).replace('{lots}', tender.inns.join(' and ')),
      validUntil: calendar.day(sent + rng.range(30, 60)),
    };
    if (confirmed) props.confirmedOn = calendar.day(Math.min(0, sent + rng.range(1, 3)));
    addInteraction(builder, { id, name: interactionName('proposal', props.date as string), props, kamId: MAIN_KAM_ID, personId });
    builder.addTie(id, 'ABOUT', tender.id);
    if (n === 1) ids.overdue = id;

    if (n === 2) {
      // The follow-up rule kept: a call the next day, next steps and urgency, a date agreed.
      const callId = 'interaction-follow-up-1';
      const call: Props = {
        kind: 'call',
        date: calendar.day(sent + 1),
        outcome: 'follow_up_agreed',
        notes: 'Follow-up call after the proposal: asked about next steps and urgency. The commission meets before '
          + 'the month is out; they want the cold-chain certificate first. Agreed to call again.',
        nextContactOn: calendar.day(rng.range(3, 14)),
      };
      addInteraction(builder, { id: callId, name: `Follow-up ${interactionName('call', call.date as string).toLowerCase()}`, props: call, kamId: MAIN_KAM_ID, personId });
      builder.addTie(callId, 'FOLLOWS_UP', id);
      builder.addTie(callId, 'ABOUT', tender.id);
      ids.followedUp = id;
      ids.followUp = callId;
    }
  });
  return ids;
}
