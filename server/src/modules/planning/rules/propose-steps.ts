import type { DevelopmentLevel, RelationshipStage } from '../../../__generated__/vocabulary.js';
import { stageRank } from '../../graph/model.js';
import { preparationStartOf } from '../../tenders/rules/preparation.js';
import { addDays, addMonths } from '../../../kernel/dates.js';

export interface Touchpoint {
  kind: string;
  id: string;
  name: string;
  date: string | null;
  role: string;
}

export interface ProposedStep {
  title: string;
  kind: string;
  due: string;
  aboutId: string | null;
}

/**
 * Steps a plan starts with, read from the graph: who can introduce us, where the person
 * can be met, which committees and tenders they touch and when, and the reviews the
 * KAM's development level calls for (a D1 plan is agreed and reviewed with the manager;
 * a D4 KAM reports outcomes).
 */
export function proposeSteps(input: {
  personName: string;
  today: string;
  currentStage: RelationshipStage | null;
  introducer: { id: string; name: string; strength: number } | null;
  touchpoints: Touchpoint[];
  developmentLevel: DevelopmentLevel;
  reviewOn: string | null;
}): ProposedStep[] {
  const { personName, today, touchpoints } = input;
  const steps: ProposedStep[] = [];
  if (input.developmentLevel === 'D1' || input.developmentLevel === 'D2') {
    steps.push({ title: `Agree goals and budget for ${personName} with your manager`, kind: 'review', due: addDays(today, 7), aboutId: null });
  }
  // Before acquaintance, an introduction by someone they trust opens the door.
  if (input.introducer && stageRank(input.currentStage) <= stageRank('contact')) {
    steps.push({
      title: `Ask ${input.introducer.name} to introduce you to ${personName} (path strength ${input.introducer.strength.toFixed(2)})`,
      kind: 'introduction',
      due: addDays(today, 14),
      aboutId: input.introducer.id,
    });
  }
  for (const event of touchpoints.filter((t) => t.kind === 'event').slice(0, 2)) {
    const how = event.role === 'SPOKE_AT' ? 'speaks at' : 'attends';
    steps.push({ title: `Meet ${personName} at ${event.name} (${how}, ${event.date})`, kind: 'event', due: event.date ?? addDays(today, 30), aboutId: event.id });
  }
  for (const committee of touchpoints.filter((t) => t.kind === 'committee').slice(0, 2)) {
    const ends = committee.date && committee.date <= addMonths(today, 6) ? `; the term ends ${committee.date}` : '';
    steps.push({
      title: `Prepare the case for ${committee.name}, where ${personName} is ${committee.role}${ends}`,
      kind: 'committee',
      due: addDays(today, 30),
      aboutId: committee.id,
    });
  }
  for (const tender of touchpoints.filter((t) => t.kind === 'tender').slice(0, 2)) {
    const prep = tender.date ? preparationStartOf(tender.date) : today;
    steps.push({
      title: `${tender.name}: ${personName} is ${tender.role.replace(/_/g, ' ')}; preparation starts ${prep > today ? prep : 'now'}`,
      kind: 'tender',
      due: prep > today ? prep : addDays(today, 14),
      aboutId: tender.id,
    });
  }
  if (input.developmentLevel !== 'D4') {
    steps.push({ title: `Review progress with your manager`, kind: 'review', due: input.reviewOn ?? addDays(today, 30), aboutId: null });
  }
  return steps.sort((a, b) => a.due.localeCompare(b.due));
}
