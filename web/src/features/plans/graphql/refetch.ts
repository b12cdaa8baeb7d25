// Queries a planning write can change (only active ones are refetched).
export const AFTER_PLAN_CHANGE = ['Plans', 'PersonPlanning', 'Agenda'];
