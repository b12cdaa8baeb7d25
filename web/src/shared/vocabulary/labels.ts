// The words of every closed list the web shows, in one place. Each table is a Record over the
// enum generated from the SDL (web/src/gql/vocabulary.ts), in the SDL's order; its words are
// the messages `<table>.<VALUE>` of the locale's catalogue (shared/i18n/messages/), read when
// used, so they follow the language. A unit test (web-i18n.test.ts) fails when a value has no
// message in a catalogue.
import {
  AgendaItemKind,
  ChangeKind,
  CoalitionLeaning,
  CommitteeRole,
  DecisionRole,
  DevelopmentLevel,
  DossierAccess,
  EventKind,
  LawfulBasis,
  NoticeMethod,
  FollowUpStatus,
  InfluenceBasis,
  InstitutionKind,
  InteractionKind,
  KeyAccountStatus,
  KeyClientCriterion,
  ManagerStyle,
  NodeLabel,
  PersonCategory,
  PlanProgress,
  PlanStatus,
  PowerFactor,
  ProgramKind,
  RelationshipStage,
  RoleKind,
  StageCriterion,
  StepKind,
  StepStatus,
  SuggestionStatus,
  TenderProcedure,
  TenderStatus,
  TieType,
  UserRole,
  VocabularyKind,
} from '../../gql/vocabulary.js';
import { countryLabelTable } from '../country/country-words.js';
import { labelTable, phraseTable } from '../i18n/label-table.js';
import { tr } from '../i18n/intl.js';
import { STANCE_WORDS_IN_ORDER, type StanceWord } from './stance.js';
import { valuesOf } from './values.js';

// --- The relationship ladder (docs/domain.md#the-relationship-ladder) ---

export const RELATIONSHIP_STAGE_LABELS: Record<RelationshipStage, string> = labelTable('relationshipStageLabels', valuesOf(RelationshipStage));

/** No stage at all: nobody of ours has a relationship with the person yet. */
export function noStageLabel(): string {
  return tr('vocabulary.noStageLabel');
}
export function noStageMeaning(): string {
  return tr('vocabulary.noStageMeaning');
}

/** What each step asks for, in the article's words (the stage form's headings). */
export const RELATIONSHIP_STAGE_MEANINGS: Record<RelationshipStage, string> = labelTable('relationshipStageMeanings', valuesOf(RelationshipStage));

/** Each observable criterion, as the stage form's checkbox says it. */
export const STAGE_CRITERION_LABELS: Record<StageCriterion, string> = labelTable('stageCriterionLabels', valuesOf(StageCriterion));

// --- Stance toward a company or product, -2..2: a scale apart from the ladder (docs/domain.md#stance) ---

export const STANCE_LABELS: Record<StanceWord, string> = labelTable('stanceLabels', STANCE_WORDS_IN_ORDER);

/** The short word, without the value (chips, pills). */
export const STANCE_WORDS: Record<StanceWord, string> = labelTable('stanceWords', STANCE_WORDS_IN_ORDER);

/** What each stance value means toward its target. */
export const STANCE_MEANINGS: Record<StanceWord, string> = labelTable('stanceMeanings', STANCE_WORDS_IN_ORDER);

// --- Planning (docs/domain.md#development-levels-d1-d4, #planning-a-new-kol-relationship) ---

export const DEVELOPMENT_LEVEL_LABELS: Record<DevelopmentLevel, string> = labelTable('developmentLevelLabels', valuesOf(DevelopmentLevel));

/** The KAM on this relationship, at each level. */
export const DEVELOPMENT_LEVEL_MEANINGS: Record<DevelopmentLevel, string> = labelTable('developmentLevelMeanings', valuesOf(DevelopmentLevel));

export const MANAGER_STYLE_LABELS: Record<ManagerStyle, string> = labelTable('managerStyleLabels', valuesOf(ManagerStyle));

/** What the manager does in each style (the plan itself carries the API's styleMeaning). */
export const MANAGER_STYLE_MEANINGS: Record<ManagerStyle, string> = labelTable('managerStyleMeanings', valuesOf(ManagerStyle));

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = labelTable('planStatusLabels', valuesOf(PlanStatus));

export const PLAN_PROGRESS_LABELS: Record<PlanProgress, string> = labelTable('planProgressLabels', valuesOf(PlanProgress));

/** How each column of the plan board is judged: by the plan's own steps and dates, never by days without a visit. */
export const PLAN_PROGRESS_HINTS: Record<PlanProgress, string> = labelTable('planProgressHints', valuesOf(PlanProgress));

export const STEP_STATUS_LABELS: Record<StepStatus, string> = labelTable('stepStatusLabels', valuesOf(StepStatus));

export const STEP_KIND_LABELS: Record<StepKind, string> = labelTable('stepKindLabels', valuesOf(StepKind));

// --- Interactions, follow-ups and the agenda ---

export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = labelTable('interactionKindLabels', valuesOf(InteractionKind));

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = labelTable('followUpStatusLabels', valuesOf(FollowUpStatus));

export const AGENDA_ITEM_KIND_LABELS: Record<AgendaItemKind, string> = labelTable('agendaItemKindLabels', valuesOf(AgendaItemKind));

export const AGENDA_ITEM_KIND_HINTS: Record<AgendaItemKind, string> = labelTable('agendaItemKindHints', valuesOf(AgendaItemKind));

// --- Key accounts (docs/domain.md#key-clients) ---

export const KEY_ACCOUNT_STATUS_LABELS: Record<KeyAccountStatus, string> = labelTable('keyAccountStatusLabels', valuesOf(KeyAccountStatus));

/** The thresholds come from the API (KeyAccountHealth.normalShareMin and the rest), as percentages. */
export interface ShareBand extends Record<string, string> {
  min: string;
  max: string;
  mono: string;
}

export const KEY_ACCOUNT_STATUS_ADVICE: Record<KeyAccountStatus, (band: ShareBand) => string> = phraseTable('keyAccountStatusAdvice', valuesOf(KeyAccountStatus));

export const KEY_CLIENT_CRITERION_LABELS: Record<KeyClientCriterion, string> = labelTable('keyClientCriterionLabels', valuesOf(KeyClientCriterion));

export const KEY_CLIENT_CRITERION_HINTS: Record<KeyClientCriterion, string> = labelTable('keyClientCriterionHints', valuesOf(KeyClientCriterion));

/** The same four criteria weighed for a person (KeyPersonStanding): influence is the person's own leadership. */
export const KEY_PERSON_CRITERION_LABELS: Record<KeyClientCriterion, string> = labelTable('keyPersonCriterionLabels', valuesOf(KeyClientCriterion));

export const KEY_PERSON_CRITERION_HINTS: Record<KeyClientCriterion, string> = labelTable('keyPersonCriterionHints', valuesOf(KeyClientCriterion));

// --- People, institutions, committees, tenders ---

export const PERSON_CATEGORY_LABELS: Record<PersonCategory, string> = labelTable('personCategoryLabels', valuesOf(PersonCategory));

// Institution and programme kinds, tender procedures and statuses and decision-group roles are
// the country pack's words when the server's pack uses the value (shared/country/country-words.ts),
// else the catalogue's.

export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = countryLabelTable('institutionKindLabels', valuesOf(InstitutionKind), VocabularyKind.INSTITUTION_KIND);

export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, string> = labelTable('committeeRoleLabels', valuesOf(CommitteeRole));

export const DECISION_ROLE_LABELS: Record<DecisionRole, string> = countryLabelTable('decisionRoleLabels', valuesOf(DecisionRole), VocabularyKind.DECISION_ROLE);

export const TENDER_STATUS_LABELS: Record<TenderStatus, string> = countryLabelTable('tenderStatusLabels', valuesOf(TenderStatus), VocabularyKind.TENDER_STATUS);

/** How a tender is procured: concurso público, pregão eletrônico... (docs/country-packs.md). */
export const TENDER_PROCEDURE_LABELS: Record<TenderProcedure, string> = countryLabelTable('tenderProcedureLabels', valuesOf(TenderProcedure), VocabularyKind.TENDER_PROCEDURE);

export const INFLUENCE_BASIS_LABELS: Record<InfluenceBasis, string> = labelTable('influenceBasisLabels', valuesOf(InfluenceBasis));

/** Where a tie the evidence suggests stands (docs/domain.md, Evidence). */
export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = labelTable('suggestionStatusLabels', valuesOf(SuggestionStatus));

export const INFLUENCE_BASIS_HINTS: Record<InfluenceBasis, string> = labelTable('influenceBasisHints', valuesOf(InfluenceBasis));

// --- Programmes, events (the catalogue) ---

export const PROGRAM_KIND_LABELS: Record<ProgramKind, string> = countryLabelTable('programKindLabels', valuesOf(ProgramKind), VocabularyKind.PROGRAM_KIND);

export const EVENT_KIND_LABELS: Record<EventKind, string> = labelTable('eventKindLabels', valuesOf(EventKind));

// --- Power and coalitions ---

export const POWER_FACTOR_LABELS: Record<PowerFactor, string> = labelTable('powerFactorLabels', valuesOf(PowerFactor));

export const COALITION_LEANING_LABELS: Record<CoalitionLeaning, string> = labelTable('coalitionLeaningLabels', valuesOf(CoalitionLeaning));

export const ROLE_KIND_LABELS: Record<RoleKind, string> = labelTable('roleKindLabels', valuesOf(RoleKind));

// --- Users, the graph model ---

export const USER_ROLE_LABELS: Record<UserRole, string> = labelTable('userRoleLabels', valuesOf(UserRole));

/** Why a dossier is not shown (GRANTED: shown, or none on file yet). */
export const DOSSIER_ACCESS_TEXT: Record<DossierAccess, string> = labelTable('dossierAccessText', valuesOf(DossierAccess));

export const LAWFUL_BASIS_LABELS: Record<LawfulBasis, string> = labelTable('lawfulBasisLabels', valuesOf(LawfulBasis));

export const NOTICE_METHOD_LABELS: Record<NoticeMethod, string> = labelTable('noticeMethodLabels', valuesOf(NoticeMethod));

/** The words of the person panel's data-protection block and the admin's erasure (`dataProtectionText.*`). */
export const DATA_PROTECTION_TEXT = {
  get title() {
    return tr('dataProtectionText.title');
  },
  get lawfulBasis() {
    return tr('dataProtectionText.lawfulBasis');
  },
  get noBasis() {
    return tr('dataProtectionText.noBasis');
  },
  get informed() {
    return tr('dataProtectionText.informed');
  },
  get retention() {
    return tr('dataProtectionText.retention');
  },
  retentionValue: (months: number, until: string | null) => (until ? tr('dataProtectionText.retentionUntil', { months, until }) : tr('dataProtectionText.retentionMonths', { months })),
  get erased() {
    return tr('dataProtectionText.erased');
  },
  get eraseTitle() {
    return tr('dataProtectionText.eraseTitle');
  },
  get eraseReason() {
    return tr('dataProtectionText.eraseReason');
  },
  get eraseButton() {
    return tr('dataProtectionText.eraseButton');
  },
  get eraseConfirm() {
    return tr('dataProtectionText.eraseConfirm');
  },
  eraseDone: (items: number) => tr('dataProtectionText.eraseDone', { items }),
};

export const NODE_LABEL_LABELS: Record<NodeLabel, string> = labelTable('nodeLabelLabels', valuesOf(NodeLabel));

export const TIE_TYPE_LABELS: Record<TieType, string> = labelTable('tieTypeLabels', valuesOf(TieType));

/** A tie type read from its other end (`to`): a person's incoming ties in the side panel. */
export const TIE_TYPE_INVERSE_LABELS: Record<TieType, string> = labelTable('tieTypeInverseLabels', valuesOf(TieType));

/** What kind of change a feed item is (the changes page's filter and each item's tag). */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = labelTable('changeKindLabels', valuesOf(ChangeKind));
