/**
 * What the change feed's rules produce and its resolvers receive: plain values with ids;
 * names are resolved (and sentences rendered) only for the changes a request shows.
 */
import type { ChangeKind, RelationshipStage, TenderStatus } from '../../__generated__/vocabulary.js';
import type { Locale, MessageId, MessageParams } from '../../kernel/i18n/catalogue.js';
import type { ConnectionModel } from '../../kernel/graphql/connections.js';
import type { Ranked } from './rules/rank-moves.js';

/** A sentence to render: its message, its plain parameters, and the parameters that name a node (by id). */
export interface MessageModel {
  id: MessageId;
  params: MessageParams;
  /** Parameter name -> node id: rendered with the node's name. */
  refs: Readonly<Record<string, string>>;
}

/** Who wrote a change through the API, and when (from the change log). */
export interface RecordedModel {
  on: string;
  by: string | null;
  /** The graph version the write made. */
  version: number;
}

/** A piece of evidence behind a rank move, rendered as ScoreEvidence. */
export interface EvidenceModel {
  message: MessageModel;
  value: number;
  ids: string[];
  source: string | null;
  confidence: number | null;
}

/** One person's place before and after, in a rank move (a grouped one holds several). */
export interface RankMoveModel {
  personId: string;
  rankBefore: number | null;
  rankAfter: number | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
  weight: number;
}

export interface ChangeModel {
  /** `KIND|tie key or node id|day`: the same in the feed, the inbox, the live stream and webhooks. */
  id: string;
  kind: ChangeKind;
  on: string;
  message: MessageModel;
  personIds: string[];
  /** Every node the change touches (people first). */
  entityIds: string[];
  subjectId: string | null;
  tieKeys: string[];
  weight: number;
  rankBefore: number | null;
  rankAfter: number | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
  /** Rank moves: built when first read (the evidence of a 10,000-person feed is rarely all shown). */
  readonly evidence: readonly EvidenceModel[];
  /** Rank moves: the moves it stands for (one, or those of a group; see rules/rank-groups.ts). */
  moves: readonly RankMoveModel[];
  /** Rank moves: how many people moved in all (a group lists only the moves that matter). */
  movedCount: number | null;
  stanceBefore: number | null;
  stanceAfter: number | null;
  stageBefore: RelationshipStage | null;
  stageAfter: RelationshipStage | null;
  statusBefore: TenderStatus | null;
  statusAfter: TenderStatus | null;
  recorded: RecordedModel | null;
  retracted: boolean;
  /** The change fact it comes from (`start|<key>`, `added|<id>`...; null for rank moves). */
  fact: string | null;
  /** Influence ties and roles: what they count for in a score (strength or role weight) and their provenance, for evidence. */
  grounds: { value: number; source: string | null; confidence: number | null } | null;
}

export interface ChangeListModel extends ConnectionModel<ChangeModel> {
  countsByKind: Array<{ kind: ChangeKind; count: number }>;
  since: string;
  until: string;
  rankedBefore: string;
  rankedAfter: string;
  /** A write is still being ranked: rank moves and weights come from the newest ranking ready. */
  rankingPending: boolean;
}

export interface WatchModel {
  entityId: string;
  /** The watched node's label (Person, Institution, Committee, Tender, Territory). */
  label: string;
  since: string;
}

export interface InboxModel {
  readOn: string | null;
  since: string;
  until: string;
  /** Every change of the inbox, weightiest first, with the watched ids each touches. */
  changes: readonly ChangeModel[];
  watchedBy: ReadonlyMap<string, readonly string[]>;
  watches: readonly WatchModel[];
  /** The graph version the inbox was computed at (what markInboxRead records as read). */
  version: number;
  /** A write is still being ranked (see ChangeListModel.rankingPending). */
  rankingPending: boolean;
  /** Per watched scope, the ranking its rank moves were compared with (what markInboxRead keeps). */
  rankedAfter: ReadonlyMap<string, readonly Ranked[]>;
}

export interface WatchCountModel {
  entityId: string;
  label: string;
  count: number;
}

export type DeliveryStatusWord = 'pending' | 'delivered' | 'failed';

export interface WebhookModel {
  id: string;
  url: string;
  scopeKind: string;
  scopeId: string;
  kinds: ChangeKind[];
  secret: string;
  /** The language of the summaries it is sent. */
  locale: Locale;
  createdOn: string;
  createdBy: string | null;
  /** The graph version when it was made: it receives changes written after it. */
  fromVersion: number;
}

export interface WebhookDeliveryModel {
  id: string;
  webhookId: string;
  changeId: string;
  kind: ChangeKind;
  status: DeliveryStatusWord;
  attempts: number;
  lastStatus: number | null;
  /** Why the last attempt failed: a catalogue message stored as JSON (older rows: English text). */
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
}
