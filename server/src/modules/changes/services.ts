import type { Logger } from '../../kernel/logger.js';
import type { FactsMemo } from './facts-memo.js';
import type { ChangeHub } from './live.js';
import type { RankingBoard } from './rankings.js';
import type { SelfAddress } from './webhooks.js';

/**
 * What a server gives the changes module: the live stream's hub, the rankings and feeds'
 * facts kept across graph versions, and its own address (webhooks may not point at it).
 */
export interface ChangeServices {
  hub: ChangeHub;
  /** Null when the server keeps no analytics cache (every answer computed afresh). */
  rankings: RankingBoard | null;
  /** Feeds' facts kept across writes and patched by them; null like the rankings. */
  facts: FactsMemo | null;
  self: SelfAddress;
  logger: Logger;
}
