import { signOut } from '../session/token-store.js';

/**
 * Who is signed in, and the way out. Signing out reloads the page: nothing fetched for
 * this user stays in memory, and without a token the API asks for a sign-in.
 */
export function UserBadge({ name, title }: { name: string; title?: string }) {
  const leave = () => {
    signOut();
    window.location.assign(window.location.pathname);
  };
  return (
    <span className="user" title={title}>
      {name}
      {/* An icon keeps the map's top bar on one row; its name is for screen readers and the tooltip. */}
      <button type="button" className="sign-out" onClick={leave} data-testid="sign-out" aria-label="Sign out" title="Sign out">
        ⏻
      </button>
    </span>
  );
}
