import { useMutation, useQuery } from '@apollo/client/react';
import { shortDate, localToday } from '../../../shared/dates.js';
import { tr } from '../../../shared/i18n/intl.js';
import { INBOX_QUERIES, UnwatchMutation, WatchMutation } from '../graphql/watch-mutations.js';
import { WatchesQuery } from '../graphql/inbox-query.js';

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
          <span className="watching">{tr('changes.watchingSince', { since: shortDate(since, localToday()) })}</span>
          <button type="button" disabled={busy} onClick={() => void unwatch({ variables: { id } })} data-testid="unwatch-button">
            {tr('changes.unwatch')}
          </button>
        </>
      ) : (
        <button type="button" disabled={busy} title={tr('changes.watchTitle')} onClick={() => void watch({ variables: { id } })} data-testid="watch-button">
          ☆ {tr('changes.watch')}
        </button>
      )}
      {error && (
        <span className="error" role="alert">
          {tr('changes.watchFailed', { message: error.message })}
        </span>
      )}
    </span>
  );
}
