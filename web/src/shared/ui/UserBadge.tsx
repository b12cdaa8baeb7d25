import { tr } from '../i18n/intl.js';
import { signOut } from '../session/token-store.js';
import { langParam, withLang } from '../urls/lang.js';

/**
 * Who is signed in, and the way out. Signing out reloads the page: nothing fetched for
 * this user stays in memory, and without a token the API asks for a sign-in (in the same
 * language: `lang` stays in the URL).
 */
export function UserBadge({ name, title }: { name: string; title?: string }) {
  const leave = () => {
    signOut();
    window.location.assign(`${window.location.pathname}${withLang('', langParam(window.location.search))}`);
  };
  return (
    <span className="user" title={title}>
      {name}
      {/* An icon keeps the map's top bar on one row; its name is for screen readers and the tooltip. */}
      <button type="button" className="sign-out" onClick={leave} data-testid="sign-out" aria-label={tr('app.signOut')} title={tr('app.signOut')}>
        {/* Drawn, not a font glyph: Debian's default fonts have no power symbol. */}
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <path d="M8 1.5v6" />
          <path d="M4.4 3.9a5.5 5.5 0 1 0 7.2 0" />
        </svg>
      </button>
    </span>
  );
}
