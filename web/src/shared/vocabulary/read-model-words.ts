// The words of the panels that show the read model (a person's ties and activity, a tender's
// facts, programmes, events and products, key people and the largest account): headings,
// empty states and short phrases, in one place so that a later step can move them to i18n
// catalogues with the labels tables (labels.ts). Phrases with figures in them are functions.

export const TIE_WORDS = {
  heading: 'Ties',
  asOf: (date: string) => `as of ${date}`,
  none: 'No ties recorded.',
  add: '+ Add a tie',
  head: 'head',
  strength: 'Strength (0..1)',
  openTie: 'Open this tie: change, end or delete it',
  openTieShort: 'Open this tie',
  since: (date: string) => `since ${date}`,
  until: (date: string) => `until ${date}`,
} as const;

export const PERSON_ACTIVITY_WORDS = {
  decisionRoles: 'Decision roles in tenders',
  noDecisionRole: 'No role in a tender’s decision group.',
  events: 'Talks and events',
  noEvents: 'No talks or events recorded.',
  stanceHistory: 'History',
  current: 'current',
} as const;

export const PROVENANCE_WORDS = {
  title: 'Source and confidence',
  confidence: (value: string) => `confidence ${value}`,
  recordedBy: (name: string) => `recorded by ${name}`,
} as const;

export const LIST_WORDS = {
  showAll: (count: number) => `Show all ${count}`,
  showFewer: 'Show fewer',
  loading: 'Loading…',
  couldNotLoad: (message: string) => `Could not load this: ${message}`,
  ours: 'ours',
  upcoming: 'upcoming',
  close: 'Close',
  backTo: (name: string) => `← ${name}`,
  closeHint: 'Close and return to the selection',
} as const;

export const TENDER_FACT_WORDS = {
  notInGraph: 'This tender is not in the graph (any more).',
  preparation: 'Preparation',
  preparationStarts: (date: string, today: string) => (date > today ? `starts ${date}` : `started ${date}`),
  status: 'Status',
  awardedTo: 'Awarded to',
  lots: 'Lots',
  noLots: 'No lots recorded (LOTS ties to products).',
  lot: 'Lot',
  lotNumbered: (lot: number) => `Lot ${lot}`,
  productsOffered: 'Products offered',
  quantity: 'Quantity',
  competitors: 'Competing companies',
  noCompetitors: 'No competitor recorded (COMPETES_IN ties).',
  draftedBy: 'Drafted by',
  noDrafters: 'Nobody is recorded as drafting its specification.',
} as const;

export const CATALOG_WORDS = {
  programNotInGraph: 'This programme is not in the graph (any more).',
  eventNotInGraph: 'This event is not in the graph (any more).',
  productNotInGraph: 'This product is not in the graph (any more).',
  productsListed: 'Products listed',
  productsListedAsOf: (date: string) => `Products listed as of ${date}`,
  noProducts: 'No product on the list.',
  draftedBy: 'Drafted by',
  noProgramDrafters: 'Nobody is recorded as drafting this list: find out who does (DRAFTS ties).',
  speakers: 'Speakers',
  noSpeakers: 'No speaker recorded.',
  registered: 'Registered',
  attended: 'Attended',
  nobodyRecorded: 'Nobody recorded.',
  inPrograms: 'In programmes',
  onNoProgram: 'On no programme’s list.',
  inTenderLots: 'In tender lots',
  inNoLot: 'In no tender lot.',
  committeeDrafts: 'Drafts',
} as const;

export const KEY_PEOPLE_WORDS = {
  heading: 'Key people',
  intro: (count: number, scope: string) => `Key clients are first of all people: the ${count} most powerful in ${scope}, each criterion 0..1, a key client meets three of four`,
  what: 'the key people',
  nobody: (scope: string) => `Nobody in ${scope} to weigh yet.`,
  noSales: 'No sales are booked for people in this period, so profit counts for nobody.',
  rank: 'Rank in the territory’s balance of power',
  person: 'Person',
  criteriaMet: 'Criteria met',
  keyClient: 'Key client',
  keyClientTag: 'key client',
  notKeyClient: 'no',
  noCriterion: 'none',
  openOnMap: 'Open this person on the map',
  criterionTitle: (label: string, value: string, met: boolean, threshold: number) => `${label}: ${value} (${met ? 'met' : 'not met'}; met at ${threshold})`,
} as const;

export const LARGEST_ACCOUNT_WORDS = {
  heading: 'Largest account',
  keyAccount: 'key account',
  openOnMap: 'Open this account on the map',
  share: (period: string, revenue: string) => `of ${period} revenue from this one client (${revenue})`,
  risk: (share: string, keyShare: string) => `Losing it would take ${share} of sales with it; all key accounts together bring ${keyShare}.`,
} as const;
