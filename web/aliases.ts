import { fileURLToPath } from 'node:url';

/**
 * `@shared/...` is web/src/shared from anywhere in the web app, so an import says what it
 * uses rather than how many folders up it sits. tsconfig.json's `paths` says the same to
 * the type checker; the web build and the tests read this list.
 */
export const WEB_ALIASES = [{ find: /^@shared\//, replacement: `${fileURLToPath(new URL('./src/shared/', import.meta.url))}` }];
