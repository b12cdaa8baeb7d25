// Labels for values that may be missing, or that arrive in a String field of the API (a
// graph node's kind, a tie's role): each is read as its enum first, then shown by the
// labels table; a word outside every closed list is shown as it is.
import { CommitteeRole, DecisionRole, EventKind, InstitutionKind, NodeLabel, PersonCategory, ProgramKind, VocabularyKind, type RelationshipStage, type TieDirection, type TieType } from '../../gql/vocabulary.js';
import { countryWord } from '../country/country-words.js';
import { humanize } from '../format.js';
import {
  COMMITTEE_ROLE_LABELS,
  DECISION_ROLE_LABELS,
  EVENT_KIND_LABELS,
  INSTITUTION_KIND_LABELS,
  NODE_LABEL_LABELS,
  noStageLabel,
  PERSON_CATEGORY_LABELS,
  PROGRAM_KIND_LABELS,
  RELATIONSHIP_STAGE_LABELS,
  TIE_TYPE_INVERSE_LABELS,
  TIE_TYPE_LABELS,
} from './labels.js';
import { asStage } from './ladder.js';
import { enumValue } from './values.js';

/** A stage's label, or "No stage yet". Takes a String field too (a stage name, or "unknown"). */
export function stageLabel(stage: RelationshipStage | string | null | undefined): string {
  const s = asStage(stage);
  return s ? RELATIONSHIP_STAGE_LABELS[s] : noStageLabel();
}

export function personCategoryLabel(category: PersonCategory | string | null | undefined): string {
  const c = enumValue(PersonCategory, category);
  return c ? PERSON_CATEGORY_LABELS[c] : humanize(category);
}

export function institutionKindLabel(kind: InstitutionKind | string | null | undefined): string {
  const k = enumValue(InstitutionKind, kind);
  return k ? INSTITUTION_KIND_LABELS[k] : humanize(kind);
}

/** A committee's kind (free text in the API): the country pack's name for it, else the word as stored. */
export function committeeKindLabel(kind: string | null | undefined): string {
  return countryWord(VocabularyKind.COMMITTEE_KIND, kind) ?? humanize(kind);
}

/** A map node's kind: an institution's kind, a person's category, or a committee's own kind (free text). */
export function nodeKindLabel(label: NodeLabel, kind: string | null | undefined): string {
  if (label === 'Institution') return institutionKindLabel(kind);
  if (label === 'Person') return personCategoryLabel(kind);
  if (label === 'Committee') return committeeKindLabel(kind);
  return humanize(kind);
}

/** A committee role or a decision role, whatever the case the API writes it in. */
export function roleLabel(role: string | null | undefined): string {
  const committee = enumValue(CommitteeRole, role);
  if (committee) return COMMITTEE_ROLE_LABELS[committee];
  const decision = enumValue(DecisionRole, role);
  return decision ? DECISION_ROLE_LABELS[decision] : humanize(role);
}

/** A tie's role as its type means it: a committee seat, a decision role, or a job title (as written). */
export function tieRoleLabel(type: TieType, role: string | null | undefined): string {
  if (type === 'WORKS_AT') return role ?? '';
  return roleLabel(role);
}

/** A tie type's name in lists and panels. */
export function tieName(type: TieType): string {
  return TIE_TYPE_LABELS[type];
}

/** A tie type as seen from one end: "Influences" from its `from`, "Influenced by" from its `to`. */
export function tieNameFrom(type: TieType, direction: TieDirection): string {
  return direction === 'IN' ? TIE_TYPE_INVERSE_LABELS[type] : TIE_TYPE_LABELS[type];
}

export function eventKindLabel(kind: EventKind | string | null | undefined): string {
  const k = enumValue(EventKind, kind);
  return k ? EVENT_KIND_LABELS[k] : humanize(kind);
}

export function programKindLabel(kind: ProgramKind | string | null | undefined): string {
  const k = enumValue(ProgramKind, kind);
  return k ? PROGRAM_KIND_LABELS[k] : humanize(kind);
}

/** What an entity met at a tie's end is: a person's category, an institution's, programme's or event's kind, else its type. */
export function entityKindLabel(typename: string, kind: string | null | undefined): string {
  const type = enumValue(NodeLabel, typename);
  const fallback = type ? NODE_LABEL_LABELS[type] : humanize(typename);
  if (!kind) return fallback;
  switch (type) {
    case 'Person':
      return personCategoryLabel(kind);
    case 'Institution':
      return institutionKindLabel(kind);
    case 'Program':
      return programKindLabel(kind);
    case 'Event':
      return eventKindLabel(kind);
    case 'Committee':
      return committeeKindLabel(kind);
    default:
      return fallback;
  }
}
