import type { Logger } from '../../kernel/logger.js';
import type { ChangeHub } from './live.js';
import type { RankingBoard } from './rankings.js';
import type { SelfAddress } from './webhooks.js';

/**
 * What a server gives the changes module: the live stream's hub, the rankings kept across
 * graph versions, and its own address (webhooks may not point at it).
 */
export interface ChangeServices {
  hub: ChangeHub;
  /** Null when the server keeps no analytics cache (every answer computed afresh). */
  rankings: RankingBoard | null;
  self: SelfAddress;
  logger: Logger;
}
