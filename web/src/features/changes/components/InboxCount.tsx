import { useQuery } from '@apollo/client/react';
import { InboxCountQuery } from '../graphql/inbox-query.js';

const WORDS = {
  title: (count: number) => (count === 1 ? '1 unread change in what you watch' : `${count} unread changes in what you watch`),
};

/** The unread count beside the Changes link (nothing when the inbox is empty). */
export function InboxCount() {
  const { data } = useQuery(InboxCountQuery, { errorPolicy: 'all' });
  const count = data?.me?.inbox.unreadCount ?? 0;
  if (count === 0) return null;
  return (
    <span className="nav-badge" title={WORDS.title(count)} data-testid="inbox-count">
      {count > 99 ? '99+' : count}
    </span>
  );
}
