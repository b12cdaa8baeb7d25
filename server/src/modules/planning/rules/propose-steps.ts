import type { DevelopmentLevel, RelationshipStage } from '../../../__generated__/vocabulary.js';
import { stageRank } from '../../graph/model.js';
import { preparationStartOf } from '../../tenders/rules/preparation.js';
import { addDays, addMonths } from '../../../kernel/dates.js';
import { DEFAULT_LOCALE, formatMessage, type Locale, type MessageId, type MessageParams } from '../../../kernel/i18n/catalogue.js';

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
 * a D4 KAM reports outcomes). Titles are written in `locale`: the language of the request
 * that creates the plan.
 */
export function proposeSteps(
  input: {
    personName: string;
    today: string;
    currentStage: RelationshipStage | null;
    introducer: { id: string; name: string; strength: number } | null;
    touchpoints: Touchpoint[];
    developmentLevel: DevelopmentLevel;
    reviewOn: string | null;
  },
  locale: Locale = DEFAULT_LOCALE,
): ProposedStep[] {
  const { personName, today, touchpoints } = input;
  const say = (id: MessageId, params: MessageParams = {}) => formatMessage(id, { person: personName, ...params }, locale);
  const steps: ProposedStep[] = [];
  if (input.developmentLevel === 'D1' || input.developmentLevel === 'D2') {
    steps.push({ title: say('step.agreeGoals'), kind: 'review', due: addDays(today, 7), aboutId: null });
  }
  // Before acquaintance, an introduction by someone they trust opens the door.
  if (input.introducer && stageRank(input.currentStage) <= stageRank('contact')) {
    steps.push({
      title: say('step.introduction', { introducer: input.introducer.name, strength: input.introducer.strength }),
      kind: 'introduction',
      due: addDays(today, 14),
      aboutId: input.introducer.id,
    });
  }
  for (const event of touchpoints.filter((t) => t.kind === 'event').slice(0, 2)) {
    steps.push({ title: say('step.event', { event: event.name, how: event.role, on: event.date }), kind: 'event', due: event.date ?? addDays(today, 30), aboutId: event.id });
  }
  for (const committee of touchpoints.filter((t) => t.kind === 'committee').slice(0, 2)) {
    const ends = committee.date && committee.date <= addMonths(today, 6) ? committee.date : null;
    steps.push({
      title: say('step.committee', { committee: committee.name, role: committee.role, ends }),
      kind: 'committee',
      due: addDays(today, 30),
      aboutId: committee.id,
    });
  }
  for (const tender of touchpoints.filter((t) => t.kind === 'tender').slice(0, 2)) {
    const prep = tender.date ? preparationStartOf(tender.date) : today;
    steps.push({
      title: say('step.tender', { tender: tender.name, role: tender.role, starts: prep > today ? prep : 'now' }),
      kind: 'tender',
      due: prep > today ? prep : addDays(today, 14),
      aboutId: tender.id,
    });
  }
  if (input.developmentLevel !== 'D4') {
    steps.push({ title: say('step.review'), kind: 'review', due: input.reviewOn ?? addDays(today, 30), aboutId: null });
  }
  return steps.sort((a, b) => a.due.localeCompare(b.due));
}
