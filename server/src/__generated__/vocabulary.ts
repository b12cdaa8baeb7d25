// Generated from the SDL by codegen/vocabulary-plugin.cjs: do not edit.

/**
 * Why a dossier is or is not shown.
 */
export const DossierAccess = {
  GRANTED: 'granted',
  NOT_OWNER: 'not_owner',
  ROLE_EXCLUDED: 'role_excluded',
} as const;
export type DossierAccess = (typeof DossierAccess)[keyof typeof DossierAccess];

/**
 * Relationship types, as in the graph model (README).
 */
export const TieType = {
  WORKS_AT: 'WORKS_AT',
  MEMBER_OF: 'MEMBER_OF',
  PART_OF: 'PART_OF',
  REPORTS_TO: 'REPORTS_TO',
  LOCATED_IN: 'LOCATED_IN',
  INFLUENCES: 'INFLUENCES',
  KNOWS: 'KNOWS',
  ISSUES: 'ISSUES',
  DRAFTS: 'DRAFTS',
  ROLE_IN: 'ROLE_IN',
  INCLUDES: 'INCLUDES',
  MAKES: 'MAKES',
  COMPETES_IN: 'COMPETES_IN',
  STANCE: 'STANCE',
  OWNS: 'OWNS',
  RELATES: 'RELATES',
  SPOKE_AT: 'SPOKE_AT',
  ATTENDED: 'ATTENDED',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  IN_AREA: 'IN_AREA',
  LOTS: 'LOTS',
  HAS_DOSSIER: 'HAS_DOSSIER',
} as const;
export type TieType = (typeof TieType)[keyof typeof TieType];
