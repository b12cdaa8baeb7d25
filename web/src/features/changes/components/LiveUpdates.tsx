import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { AFFECTED_QUERIES } from '@shared/graphql/affected-queries.js';
import { onReconnected } from '@shared/graphql/live-socket.js';
import { useExpiring } from '@shared/hooks/use-expiring.js';
import { tr } from '@shared/i18n/intl.js';
import { useCurrentUser } from '@shared/session/use-current-user.js';
import { scopeInput } from '@shared/urls/map-view.js';
import { useMapView } from '../../influence-map/index.js';
import { liveNotice } from '../change-marks.js';
import { ChangedInScopeSubscription } from '../graphql/changed-subscription.js';
import { INBOX_QUERIES } from '../graphql/watch-mutations.js';

const WORDS = {
  updated: (summary: string) => tr('changes.live.updated', { summary }),
  more: (count: number) => tr('changes.live.more', { count }),
};

/** What a colleague's change can alter on the map page: the map, the ranking, the open panels, the inbox and the marks. */
const REFRESHED = [...AFFECTED_QUERIES, ...INBOX_QUERIES, 'ScopeChangeMarks'];
/** Changes pushed together (one edit may make several) are refetched for once. */
const GATHER_MS = 300;
const NOTICE_MS = 8000;

/**
 * While the map is open, listens to the changes in its scope (Subscription.changed) and,
 * when a colleague writes one, refetches what the page shows and says so in a small notice.
 * One's own edits refetch already (features/editing). After the socket came back from a
 * drop, everything is refetched quietly: a change may have been written meanwhile.
 */
export function LiveUpdates() {
  const [{ scope }] = useMapView();
  const client = useApolloClient();
  const me = useCurrentUser();
  const [notice, setNotice] = useState<string | null>(null);
  useExpiring(notice, () => setNotice(null), NOTICE_MS);
  const pending = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useSubscription(ChangedInScopeSubscription, {
    variables: { scope: scope ? scopeInput(scope) : {} },
    skip: !scope,
    onData: ({ data }) => {
      const change = data.data?.changed;
      if (!change || change.recordedBy?.id === me.id) return;
      pending.current.push(change.summary);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const summaries = pending.current;
        pending.current = [];
        void client.refetchQueries({ include: REFRESHED });
        setNotice(liveNotice(summaries, WORDS));
      }, GATHER_MS);
    },
  });

  useEffect(() => onReconnected(() => void client.refetchQueries({ include: REFRESHED })), [client]);
  useEffect(() => () => clearTimeout(timer.current), []);

  if (!notice) return null;
  return (
    <div className="live-notice" role="status" data-testid="live-notice">
      {notice}
    </div>
  );
}
