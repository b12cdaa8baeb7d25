// The words of the panels that show the read model (a person's ties and activity, a tender's
// facts, programmes, events and products, key people and the largest account): headings,
// empty states and short phrases, read from the locale's catalogue when used (getters).
// Phrases with figures in them are functions.
import { numericDate } from '../dates.js';
import { tr } from '../i18n/intl.js';

export const TIE_WORDS = {
  get heading() {
    return tr('tieWords.heading');
  },
  /** `date` as the API sends it (ISO); written in the locale's figures. */
  asOf: (date: string) => tr('tieWords.asOf', { date: numericDate(date) }),
  get none() {
    return tr('tieWords.none');
  },
  get add() {
    return tr('tieWords.add');
  },
  get head() {
    return tr('tieWords.head');
  },
  get strength() {
    return tr('tieWords.strength');
  },
  get openTie() {
    return tr('tieWords.openTie');
  },
  get openTieShort() {
    return tr('tieWords.openTieShort');
  },
  since: (date: string) => tr('tieWords.since', { date }),
  until: (date: string) => tr('tieWords.until', { date }),
} as const;

export const PERSON_ACTIVITY_WORDS = {
  get decisionRoles() {
    return tr('personActivityWords.decisionRoles');
  },
  get noDecisionRole() {
    return tr('personActivityWords.noDecisionRole');
  },
  get events() {
    return tr('personActivityWords.events');
  },
  get noEvents() {
    return tr('personActivityWords.noEvents');
  },
  get stanceHistory() {
    return tr('personActivityWords.stanceHistory');
  },
  get current() {
    return tr('personActivityWords.current');
  },
} as const;

export const PROVENANCE_WORDS = {
  get title() {
    return tr('provenanceWords.title');
  },
  confidence: (value: string) => tr('provenanceWords.confidence', { value }),
  recordedBy: (name: string) => tr('provenanceWords.recordedBy', { name }),
} as const;

export const LIST_WORDS = {
  showAll: (count: number) => tr('listWords.showAll', { count }),
  get showFewer() {
    return tr('listWords.showFewer');
  },
  get loading() {
    return tr('listWords.loading');
  },
  couldNotLoad: (message: string) => tr('listWords.couldNotLoad', { message }),
  get ours() {
    return tr('listWords.ours');
  },
  get upcoming() {
    return tr('listWords.upcoming');
  },
  get close() {
    return tr('listWords.close');
  },
  backTo: (name: string) => tr('listWords.backTo', { name }),
  get closeHint() {
    return tr('listWords.closeHint');
  },
} as const;

export const TENDER_FACT_WORDS = {
  get notInGraph() {
    return tr('tenderFactWords.notInGraph');
  },
  get preparation() {
    return tr('tenderFactWords.preparation');
  },
  preparationStarts: (date: string, today: string) => tr('tenderFactWords.preparationStarts', { date: numericDate(date), future: date > today }),
  get status() {
    return tr('tenderFactWords.status');
  },
  get awardedTo() {
    return tr('tenderFactWords.awardedTo');
  },
  get lots() {
    return tr('tenderFactWords.lots');
  },
  get noLots() {
    return tr('tenderFactWords.noLots');
  },
  get lot() {
    return tr('tenderFactWords.lot');
  },
  lotNumbered: (lot: number) => tr('tenderFactWords.lotNumbered', { lot }),
  get productsOffered() {
    return tr('tenderFactWords.productsOffered');
  },
  get quantity() {
    return tr('tenderFactWords.quantity');
  },
  get competitors() {
    return tr('tenderFactWords.competitors');
  },
  get noCompetitors() {
    return tr('tenderFactWords.noCompetitors');
  },
  get draftedBy() {
    return tr('tenderFactWords.draftedBy');
  },
  get noDrafters() {
    return tr('tenderFactWords.noDrafters');
  },
} as const;

export const CATALOG_WORDS = {
  get programNotInGraph() {
    return tr('catalogWords.programNotInGraph');
  },
  get eventNotInGraph() {
    return tr('catalogWords.eventNotInGraph');
  },
  get productNotInGraph() {
    return tr('catalogWords.productNotInGraph');
  },
  get productsListed() {
    return tr('catalogWords.productsListed');
  },
  productsListedAsOf: (date: string) => tr('catalogWords.productsListedAsOf', { date: numericDate(date) }),
  get noProducts() {
    return tr('catalogWords.noProducts');
  },
  get draftedBy() {
    return tr('catalogWords.draftedBy');
  },
  get noProgramDrafters() {
    return tr('catalogWords.noProgramDrafters');
  },
  get speakers() {
    return tr('catalogWords.speakers');
  },
  get noSpeakers() {
    return tr('catalogWords.noSpeakers');
  },
  get registered() {
    return tr('catalogWords.registered');
  },
  get attended() {
    return tr('catalogWords.attended');
  },
  get nobodyRecorded() {
    return tr('catalogWords.nobodyRecorded');
  },
  get inPrograms() {
    return tr('catalogWords.inPrograms');
  },
  get onNoProgram() {
    return tr('catalogWords.onNoProgram');
  },
  get inTenderLots() {
    return tr('catalogWords.inTenderLots');
  },
  get inNoLot() {
    return tr('catalogWords.inNoLot');
  },
  get committeeDrafts() {
    return tr('catalogWords.committeeDrafts');
  },
} as const;

export const KEY_PEOPLE_WORDS = {
  get heading() {
    return tr('keyPeopleWords.heading');
  },
  intro: (count: number, scope: string) => tr('keyPeopleWords.intro', { count, scope }),
  get what() {
    return tr('keyPeopleWords.what');
  },
  nobody: (scope: string) => tr('keyPeopleWords.nobody', { scope }),
  get noSales() {
    return tr('keyPeopleWords.noSales');
  },
  get rank() {
    return tr('keyPeopleWords.rank');
  },
  get person() {
    return tr('keyPeopleWords.person');
  },
  get criteriaMet() {
    return tr('keyPeopleWords.criteriaMet');
  },
  get keyClient() {
    return tr('keyPeopleWords.keyClient');
  },
  get keyClientTag() {
    return tr('keyPeopleWords.keyClientTag');
  },
  get notKeyClient() {
    return tr('keyPeopleWords.notKeyClient');
  },
  get noCriterion() {
    return tr('keyPeopleWords.noCriterion');
  },
  get openOnMap() {
    return tr('keyPeopleWords.openOnMap');
  },
  criterionTitle: (label: string, value: string, met: boolean, threshold: number) => tr('keyPeopleWords.criterionTitle', { label, value, met, threshold }),
} as const;

export const LARGEST_ACCOUNT_WORDS = {
  get heading() {
    return tr('largestAccountWords.heading');
  },
  get keyAccount() {
    return tr('largestAccountWords.keyAccount');
  },
  get openOnMap() {
    return tr('largestAccountWords.openOnMap');
  },
  share: (period: string, revenue: string) => tr('largestAccountWords.share', { period, revenue }),
  risk: (share: string, keyShare: string) => tr('largestAccountWords.risk', { share, keyShare }),
} as const;
