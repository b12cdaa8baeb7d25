import { useQuery } from '@apollo/client/react';
import { tr } from '@shared/i18n/intl.js';
import { InboxCountQuery } from '../graphql/inbox-query.js';
import { usePollWhilePending } from '../hooks/use-poll-while-pending.js';

/** The unread count beside the Changes link (nothing when the inbox is empty). */
export function InboxCount() {
  const query = useQuery(InboxCountQuery, { errorPolicy: 'all' });
  const { data } = query;
  usePollWhilePending(data?.me?.inbox.rankingPending ?? false, query);
  const count = data?.me?.inbox.unreadCount ?? 0;
  if (count === 0) return null;
  return (
    <span className="nav-badge" title={tr('changes.inboxCount', { count })} data-testid="inbox-count">
      {count > 99 ? '99+' : count}
    </span>
  );
}
