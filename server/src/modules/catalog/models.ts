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

/** Someone who spoke at an event, and about what. */
export interface TalkModel {
  personId: string;
  eventId: string;
  topic: string | null;
}
