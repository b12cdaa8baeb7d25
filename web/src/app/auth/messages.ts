// What the sign-in screens say, from the catalogues (`signIn.*`), read when shown so they
// follow the current locale.
import { intlFor, tr } from '@shared/i18n/intl.js';
import { chooseLocale } from '@shared/i18n/locales.js';

export const signInMessages = {
  get companyButton() {
    return tr('signIn.companyButton');
  },
  get companyHint() {
    return tr('signIn.companyHint');
  },
  get orToken() {
    return tr('signIn.orToken');
  },
  /** Formatted before the app (and its locale provider) starts: in the browser's language. */
  callbackFailed: (detail: string): string => {
    const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    return intlFor(chooseLocale({ browser })).formatMessage({ id: 'signIn.callbackFailed' }, { detail });
  },
  get providerUnreachable() {
    return tr('signIn.providerUnreachable');
  },
};
