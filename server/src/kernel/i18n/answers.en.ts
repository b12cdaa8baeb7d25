/**
 * The English catalogue of the planning and accounts answers (ICU MessageFormat): a
 * plan's health and its manager's style, the steps a new plan is proposed, the agenda's
 * items, a person's briefing, why a relationship is recommended, and what a key-account
 * health reading says. Steps, a plan's and an interaction's names are written into the
 * graph in the language of the request that creates them (like anything a user types);
 * everything else is worded per request.
 *
 * Role words are `select`s on the stored word; in English the stored word itself (`chair`,
 * `decision maker`) is what the answers always said.
 */

const decisionRole = (name: string) =>
  `{${name}, select, decision_maker {decision maker} specification_author {specification author} financial_evaluator {financial evaluator} technical_evaluator {technical evaluator} drafter {drafter} other {{${name}}}}`;
const stage = '{stage, select, contact {contact} acquaintance {acquaintance} loyalty {loyalty} near_friendly {near-friendly} other {{stage}}}';

export const answersEn = {
  // A plan's health (PlanCard, PlanDetail) and its manager's style.
  'plan.behind': 'behind: {target, select, none {the target stage} other {{target}}} was to be reached by {by}; the stage is {stage, select, none {none yet} other {{stage}}}',
  'plan.stepsOverdue':
    '{count, plural, one {# step} other {# steps}} overdue{grace, plural, =0 {} other { (more than {grace} days, the grace at {level})}}: "{title}" was due {due}',
  'plan.reviewOverdue': 'the review with the manager was due {on} (a {style} plan at {level})',
  'plan.reviewDue': 'review with the manager due {on}',
  'plan.style.directing': 'Directing: goals agreed up front, every step agreed with the manager and reviewed step by step.',
  'plan.style.coaching': 'Coaching: the manager agrees the steps with the KAM and reviews at each milestone.',
  'plan.style.supporting': 'Supporting: the KAM plans the steps; the manager reviews results and helps when asked.',
  'plan.style.delegating': 'Delegating: the KAM acts alone and reports outcomes.',

  // A new plan: its name and the steps it starts with.
  'plan.name': 'Relationship plan: {person}',
  'step.agreeGoals': 'Agree goals and budget for {person} with your manager',
  'step.introduction': 'Ask {introducer} to introduce you to {person} (path strength {strength, number, ::.00})',
  'step.event': 'Meet {person} at {event} ({how, select, SPOKE_AT {speaks at} other {attends}}, {on, select, none {date to be confirmed} other {{on}}})',
  'step.committee': 'Prepare the case for {committee}, where {person} is {role}{ends, select, none {} other {; the term ends {ends}}}',
  'step.tender': `{tender}: {person} is ${decisionRole('role')}; preparation starts {starts, select, now {now} other {{starts}}}`,
  'step.review': 'Review progress with your manager',
  'interaction.name':
    '{kind, select, visit {Visit} call {Call} informal_meeting {Informal meeting} event {Event} proposal {Proposal} email {Email} other {{kind}}}{on, select, none {} other { on {on}}}',

  // The agenda's items.
  'agenda.birthday': 'Birthday of {person}',
  'agenda.planReview': 'Review: {plan}',
  'agenda.tenderPreparation': 'Start preparing: {tender} (held {held})',
  'agenda.termEnding': "{person}'s term as {role} of {committee} ends",
  'agenda.followUp': 'Follow up: {proposal}{people, select, none {} other { to {people}}} (next steps, urgency, next date)',

  // A person's briefing.
  'briefing.hobbies': 'Hobbies: {hobbies}',
  'briefing.values': 'Values: {values}',
  'briefing.communicationStyle': 'Communication style: {style}',
  'briefing.character': 'Character: {character}',
  'briefing.event': '{how, select, SPOKE_AT {Speaks at} other {Attends}} {event} on {on}',
  'briefing.committee': '{role} of {committee}{until, select, none {} other { until {until}}}',
  'briefing.tender': `${decisionRole('role')} for {tender} ({on})`,
  'briefing.nextContact': 'Next contact agreed for {on}',
  'briefing.rank': "Ranks #{rank} in the territory's balance of power",

  // Why a relationship is recommended.
  'recommendation.drafts': 'drafts the specification ({role})',
  'recommendation.shapes': 'shapes the specification',
  'recommendation.decisionRole': decisionRole('role'),
  'recommendation.rank': '#{rank} in the balance of power',
  'recommendation.power': 'power {power, number, ::.00}',
  'recommendation.stage': `{stage, select, none {we have no relationship yet} other {we are at ${stage}}}`,
  'recommendation.path': 'reachable through {count, plural, one {# introduction} other {# introductions}} (strength {strength, number, ::.00})',
  'recommendation.noPath': 'no warm path yet',

  // What a key-account health reading says.
  'accounts.health':
    '{flagged, select, yes {Flagged key accounts} other {The top 20% of accounts}} bring {keyShare, number, ::percent} of {period} sales (normal: {normalMin, number, ::percent}-{normalMax, number, ::percent}; above {mono, number, ::percent} means dependence on a few clients). The top {top} of {accounts} accounts bring {topRevenue, number, ::percent} of revenue and {topProfit, number, ::percent} of profit.{largest, select, none {} other { The largest, {largest}, alone brings {largestShare, number, ::percent}.}}',
} as const satisfies Record<string, string>;
