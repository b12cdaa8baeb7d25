import type { WordedError } from '../../kernel/errors.js';
import { DEFAULT_LOCALE, formatMessage, type Locale, type MessageId, type MessageParams } from '../../kernel/i18n/catalogue.js';

/**
 * Why a backup or restore stopped (`backup.*` in the catalogue): reads in English, and in
 * the command's language through `wordedIn` (npm run backup / restore print it so).
 */
export class BackupError extends Error implements WordedError {
  constructor(
    readonly messageId: MessageId,
    readonly params: MessageParams = {},
  ) {
    super(formatMessage(messageId, params, DEFAULT_LOCALE));
  }

  wordedIn(locale: Locale): string {
    return formatMessage(this.messageId, this.params, locale);
  }
}
