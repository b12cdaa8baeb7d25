// Queries an edit of the graph can change (only active ones are refetched): after one's own
// edit (features/editing) and after a colleague's, pushed live (features/changes).
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
