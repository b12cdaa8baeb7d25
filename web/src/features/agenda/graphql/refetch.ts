// Queries a logged or confirmed interaction can change (only active ones are refetched).
export const AFTER_INTERACTION = ['FollowUps', 'Agenda', 'PersonPlanning', 'PersonInteractions', 'Plans', 'Plan'];
