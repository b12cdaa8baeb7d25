import type { Logger } from '../../kernel/logger.js';
import type { ChangeHub } from './live.js';
import type { SelfAddress } from './webhooks.js';

/** What a server gives the changes module: the live stream's hub and its own address (webhooks may not point at it). */
export interface ChangeServices {
  hub: ChangeHub;
  self: SelfAddress;
  logger: Logger;
}
