import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { shortDate, localToday } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { INBOX_QUERIES, UnwatchMutation, WatchMutation } from '../graphql/watch-mutations.js';
import { WatchesQuery } from '../graphql/inbox-query.js';

/** What the last watch or unwatch answered, for one entity: the day watched since, or null once unwatched. */
interface Answered {
  id: string;
  since: string | null;
}

/** Watch or stop watching a person, institution, committee, tender or territory; says since when. */
export function WatchButton({ id }: { id: string }) {
  const watches = useQuery(WatchesQuery, { errorPolicy: 'all' });
  // The inbox queries refetch in the background: they weigh rank moves, which can take a
  // while after a write, and the button answers as soon as the watch is written.
  const options = { refetchQueries: INBOX_QUERIES, awaitRefetchQueries: false };
  const [watch, watching] = useMutation(WatchMutation, options);
  const [unwatch, unwatching] = useMutation(UnwatchMutation, options);
  // The mutation's own answer is shown at once: the watch list's refetch comes later, and one
  // already under way when the watch was written may come back without it.
  const [answered, setAnswered] = useState<Answered | null>(null);
  const listed = watches.data?.me?.watches.find((w) => w.entity.id === id)?.since ?? null;
  const since = answered?.id === id ? answered.since : listed;
  useEffect(() => {
    if (answered && (answered.id !== id || answered.since === listed)) setAnswered(null);
  }, [answered, id, listed]);
  const [refused, setRefused] = useState<string | null>(null);
  const busy = watching.loading || unwatching.loading || watches.loading;
  const error = watching.error?.message ?? unwatching.error?.message ?? refused;

  async function startWatching() {
    setRefused(null);
    const result = await watch({ variables: { id } }).catch(() => null);
    const payload = result?.data?.watch;
    if (payload?.ok && payload.watch) setAnswered({ id, since: payload.watch.since });
    else if (payload) setRefused(payload.errors.map((e) => e.message).join(' '));
  }

  async function stopWatching() {
    setRefused(null);
    const result = await unwatch({ variables: { id } }).catch(() => null);
    const payload = result?.data?.unwatch;
    if (payload?.ok) setAnswered({ id, since: null });
    else if (payload) setRefused(payload.errors.map((e) => e.message).join(' '));
  }

  return (
    <span className="watch-control" data-testid="watch-control" data-watching={since ? 'true' : 'false'}>
      {since ? (
        <>
          <span className="watching">{tr('changes.watchingSince', { since: shortDate(since, localToday()) })}</span>
          <button type="button" disabled={busy} onClick={() => void stopWatching()} data-testid="unwatch-button">
            {tr('changes.unwatch')}
          </button>
        </>
      ) : (
        <button type="button" disabled={busy} title={tr('changes.watchTitle')} onClick={() => void startWatching()} data-testid="watch-button">
          ☆ {tr('changes.watch')}
        </button>
      )}
      {error && (
        <span className="error" role="alert">
          {tr('changes.watchFailed', { message: error })}
        </span>
      )}
    </span>
  );
}
