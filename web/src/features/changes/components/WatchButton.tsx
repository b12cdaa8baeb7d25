import { useMutation, useQuery } from '@apollo/client/react';
import { shortDate, localToday } from '../../../shared/dates.js';
import { INBOX_QUERIES, UnwatchMutation, WatchMutation } from '../graphql/watch-mutations.js';
import { WatchesQuery } from '../graphql/inbox-query.js';

const WORDS = {
  watch: 'Watch',
  watchTitle: 'Follow what changes here: it reaches your inbox (Changes)',
  watching: (since: string) => `Watching since ${since}`,
  unwatch: 'Stop watching',
  failed: 'Could not change the watch: ',
};

/** Watch or stop watching a person, institution, committee, tender or territory; says since when. */
export function WatchButton({ id }: { id: string }) {
  const watches = useQuery(WatchesQuery, { errorPolicy: 'all' });
  const options = { refetchQueries: INBOX_QUERIES, awaitRefetchQueries: true };
  const [watch, watching] = useMutation(WatchMutation, options);
  const [unwatch, unwatching] = useMutation(UnwatchMutation, options);
  const since = watches.data?.me?.watches.find((w) => w.entity.id === id)?.since ?? null;
  const busy = watching.loading || unwatching.loading || watches.loading;
  const error = watching.error ?? unwatching.error ?? null;
  return (
    <span className="watch-control" data-testid="watch-control" data-watching={since ? 'true' : 'false'}>
      {since ? (
        <>
          <span className="watching">{WORDS.watching(shortDate(since, localToday()))}</span>
          <button type="button" disabled={busy} onClick={() => void unwatch({ variables: { id } })} data-testid="unwatch-button">
            {WORDS.unwatch}
          </button>
        </>
      ) : (
        <button type="button" disabled={busy} title={WORDS.watchTitle} onClick={() => void watch({ variables: { id } })} data-testid="watch-button">
          ☆ {WORDS.watch}
        </button>
      )}
      {error && (
        <span className="error" role="alert">
          {WORDS.failed}
          {error.message}
        </span>
      )}
    </span>
  );
}
