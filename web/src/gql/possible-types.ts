// Generated from the SDL by codegen/vocabulary-plugin.cjs: do not edit.

/** The object types behind each interface and union (Apollo's `possibleTypes`). */
export const POSSIBLE_TYPES: Record<string, readonly string[]> = {
  Entity: ['Committee', 'Event', 'Institution', 'Interaction', 'Person', 'Plan', 'Product', 'Program', 'Publication', 'Talk', 'Tender', 'Territory', 'TherapeuticArea', 'Trial', 'User'],
  Work: ['Publication', 'Talk', 'Trial'],
};
