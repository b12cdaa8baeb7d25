import type { EventKind, ProgramKind } from '../../__generated__/vocabulary.js';

export interface TherapeuticAreaModel {
  id: string;
  name: string;
  code: string | null;
}

export interface ProgramModel {
  id: string;
  name: string;
  kind: ProgramKind | null;
  year: number | null;
}

export interface ProductModel {
  id: string;
  name: string;
  inn: string | null;
  form: string | null;
  sku: string | null;
  ours: boolean;
}

export interface EventModel {
  id: string;
  name: string;
  kind: EventKind | null;
  date: string | null;
  city: string | null;
}

/**
 * Someone who spoke at an event, and about what: a hand-typed SPOKE_AT tie to the event,
 * or an imported `Talk` node (evidence module) HELD_AT the event.
 */
export interface TalkModel {
  /** `talk-...` (a node) or `spoke-at:<person id>:<event id>` (a tie). */
  id: string;
  /** Null while an imported speaker awaits review, or is not visible. */
  personId: string | null;
  eventId: string;
  topic: string | null;
  session: string | null;
  role: 'chair' | 'moderator' | 'speaker' | 'panelist' | null;
  /** Imported talks carry their date and title; hand-typed ones take the event's. */
  date: string | null;
  title: string | null;
}

/** The id of a hand-typed talk: the SPOKE_AT tie from the person to the event. */
export function tieTalkId(personId: string, eventId: string): string {
  return `spoke-at:${personId}:${eventId}`;
}
