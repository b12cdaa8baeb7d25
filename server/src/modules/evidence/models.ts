/**
 * What the evidence module's repository returns and its resolvers receive. Every work
 * carries its GraphQL `__typename`, which resolves the Work and Entity interfaces.
 */
import type { InvestigatorRole, SpeakerRole, SuggestionReasonCode, SuggestionStatus, UnmatchedStatus } from '../../__generated__/vocabulary.js';
import type { FieldError } from '../../kernel/errors.js';
import type { TalkModel } from '../catalog/models.js';
import type { Standing, StandingLine } from './rules/standing.js';

export interface PublicationModel {
  __typename: 'Publication';
  id: string;
  name: string;
  title: string;
  date: string | null;
  url: string | null;
  pmid: string;
  doi: string | null;
  journal: string | null;
  meshTerms: string[];
  collectiveAuthors: string[];
  authorCount: number;
}

export interface TrialModel {
  __typename: 'Trial';
  id: string;
  name: string;
  title: string;
  date: string | null;
  url: string | null;
  nctId: string;
  officialTitle: string | null;
  phases: string[];
  overallStatus: string | null;
  completionDate: string | null;
  conditions: string[];
}

export type WorkModel = PublicationModel | TrialModel | (TalkModel & { __typename: 'Talk' });

export interface AuthorshipModel {
  personId: string | null;
  name: string;
  position: number;
  last: boolean;
  matchScore: number | null;
}

export interface InvestigatorshipModel {
  personId: string | null;
  name: string;
  role: InvestigatorRole;
  overall: boolean;
  site: string | null;
  city: string | null;
  matchScore: number | null;
}

export interface SuggestionReasonModel {
  code: SuggestionReasonCode;
  count: number;
  message: string;
}

export interface TieSuggestionModel {
  id: string;
  fromId: string;
  toId: string;
  type: 'KNOWS' | 'INFLUENCES';
  basis: string | null;
  domainId: string | null;
  strength: number;
  confidence: number;
  matchScore: number;
  workIds: string[];
  reasons: SuggestionReasonModel[];
  status: SuggestionStatus;
  decidedBy: string | null;
  decidedOn: string | null;
  rejectReason: string | null;
  updatedOn: string | null;
}

export interface MatchCandidateModel {
  personId: string;
  score: number;
  nameScore: number;
  placeScore: number;
}

export interface UnmatchedPersonModel {
  id: string;
  name: string;
  lastName: string | null;
  foreName: string | null;
  initials: string | null;
  orcid: string | null;
  affiliations: string[];
  cities: string[];
  workCount: number;
  candidates: MatchCandidateModel[];
  status: UnmatchedStatus;
}

export interface UnmatchedPersonPayloadModel {
  ok: boolean;
  personId: string | null;
  unmatched: UnmatchedPersonModel | null;
  openSuggestions: number;
  errors: FieldError[];
}

/** A standing line as the API shows it: its catalogue message rendered in the request's language. */
export type StandingEvidenceModel = Omit<StandingLine, 'messageId' | 'params'> & { description: string };

export type ScientificStandingModel = Omit<Standing, 'evidence'> & { evidence: StandingEvidenceModel[] };

export type { InvestigatorRole, SpeakerRole };
