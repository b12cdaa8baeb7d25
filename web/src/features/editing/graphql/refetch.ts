// Queries an edit of the graph can change (only active ones are refetched).
export const AFFECTED_QUERIES = [
  'GraphView',
  'GraphViewTies',
  'BalanceOfPower',
  'BaselineRanking',
  'PowerExplanation',
  'PersonDetails',
  'PersonTies',
  'PersonActivity',
  'TenderFacts',
  'CommitteeWork',
  'ProgramDetails',
  'EventDetails',
  'ProductDetails',
  'SpecShapers',
  'DecisionGroup',
  'IntroductionPaths',
];
