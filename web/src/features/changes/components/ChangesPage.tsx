import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ChangeFieldsFragment } from '../../../gql/graphql.js';
import type { ChangeKind } from '../../../gql/vocabulary.js';
import { localToday, shortDate } from '@shared/dates.js';
import { TerritoriesQuery } from '@shared/graphql/territories-query.js';
import { tr } from '@shared/i18n/intl.js';
import { useViewer } from '@shared/session/use-viewer.js';
import { PageHead, PageShell } from '@shared/ui/PageShell.js';
import { useToast } from '@shared/ui/Toast.js';
import { changesCodec, feedWindow, type ChangesTab } from '@shared/urls/changes.js';
import { mapScopeHref, scopeInput, type Scope } from '@shared/urls/map-view.js';
import { useSearchState } from '@shared/urls/use-search-state.js';
import type { MessageId } from '@shared/i18n/catalogues.js';
import { LIST_WORDS } from '@shared/vocabulary/read-model-words.js';
import { NODE_LABEL_LABELS } from '@shared/vocabulary/labels.js';
import { enumValue } from '@shared/vocabulary/values.js';
import { NodeLabel } from '../../../gql/vocabulary.js';
import { InboxQuery } from '../graphql/inbox-query.js';
import { ScopeChangesQuery } from '../graphql/scope-changes-query.js';
import { INBOX_QUERIES, MarkInboxReadMutation } from '../graphql/watch-mutations.js';
import { usePollWhilePending } from '../hooks/use-poll-while-pending.js';
import { ChangeList, KindFilter } from './ChangeList.js';

/** Each tab's message (a tab added to the URL's tabs needs one). */
const TAB_MESSAGES = { inbox: 'changes.tab.inbox', feed: 'changes.tab.feed' } as const satisfies Record<ChangesTab, MessageId>;

/** Keeps the changes of the kinds chosen (none: all), and counts every kind of the list. */
function byKinds(changes: readonly ChangeFieldsFragment[], kinds: readonly ChangeKind[]) {
  const counts = new Map<ChangeKind, number>();
  for (const c of changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return { shown: kinds.length ? changes.filter((c) => kinds.includes(c.kind)) : changes, counts: [...counts].map(([kind, count]) => ({ kind, count })) };
}

/** /changes: the inbox (by watched entity, mark all read) and a territory's feed between two days. */
export function ChangesPage() {
  const viewer = useViewer();
  const [params, update] = useSearchState(changesCodec);
  const [toast, say] = useToast(4000);
  return (
    <PageShell current="changes" userName={viewer.name} toast={toast}>
      <main className="page-main changes-page" data-testid="changes-page">
        <PageHead title={tr('changes.title')}>
          <p className="muted">{tr('changes.intro')}</p>
        </PageHead>
        <nav className="tabs page-tabs" role="tablist">
          {(['inbox', 'feed'] as const).map((tab) => (
            <button key={tab} type="button" role="tab" aria-selected={params.tab === tab} className={params.tab === tab ? 'active' : ''} onClick={() => update({ tab, kinds: [] }, 'push')} data-testid={`changes-tab-${tab}`}>
              {tr(TAB_MESSAGES[tab])}
            </button>
          ))}
        </nav>
        {params.tab === 'inbox' ? <InboxView onMessage={say} /> : <FeedView />}
      </main>
    </PageShell>
  );
}

/** Said while the latest write is still being ranked (the list is asked again meanwhile). */
function RankingPending() {
  return (
    <p className="muted small ranking-pending" role="status" data-testid="ranking-pending">
      {tr('changes.rankingPending')}
    </p>
  );
}

function InboxView({ onMessage }: { onMessage(message: string): void }) {
  const [params, update] = useSearchState(changesCodec);
  const today = localToday();
  const inbox = useQuery(InboxQuery, { variables: { watch: params.watch }, errorPolicy: 'all' });
  const [markRead, marking] = useMutation(MarkInboxReadMutation, { refetchQueries: INBOX_QUERIES, awaitRefetchQueries: true });
  const me = (inbox.data ?? inbox.previousData)?.me;
  usePollWhilePending(me?.inbox.rankingPending ?? false, inbox);
  const counts = useMemo(() => new Map((me?.inbox.countsByWatch ?? []).map((w) => [w.entity.id, w.count])), [me]);
  const { shown, counts: kindCounts } = byKinds(me?.inbox.changes.nodes ?? [], params.kinds);
  if (inbox.error && !me) return <p className="error" role="alert">{tr('changes.failed', { message: inbox.error.message })}</p>;
  if (!me) return <p className="muted loading">{LIST_WORDS.loading}</p>;
  const box = me.inbox;
  return (
    <div className="inbox-layout">
      <aside className="watch-list" aria-label={tr('changes.watching')}>
        <h3>{tr('changes.watching')}</h3>
        {me.watches.length === 0 ? (
          <p className="muted small">{tr('changes.nothingWatched')}</p>
        ) : (
          <ul className="plain">
            <li>
              <button type="button" className={`watch-row${params.watch === null ? ' on' : ''}`} onClick={() => update({ watch: null })} data-testid="watch-all">
                <span>{tr('changes.all')}</span>
                <span className="count">{box.unreadCount}</span>
              </button>
            </li>
            {me.watches.map((w) => {
              const label = enumValue(NodeLabel, w.entity.__typename);
              return (
                <li key={w.entity.id}>
                  <button type="button" className={`watch-row${params.watch === w.entity.id ? ' on' : ''}`} onClick={() => update({ watch: w.entity.id })} data-testid="watch-row" data-id={w.entity.id}>
                    <span>
                      {w.entity.name}
                      {label && <small className="muted"> · {NODE_LABEL_LABELS[label]}</small>}
                    </span>
                    <span className="count" data-testid="watch-count">{counts.get(w.entity.id) ?? 0}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </aside>
      <section className="inbox-changes">
        <div className="inbox-head">
          <div>
            <strong data-testid="inbox-unread">{tr('changes.unread', { count: box.unreadCount, since: shortDate(box.since, today) })}</strong>
            <p className="muted small">{box.readOn ? tr('changes.readOn', { day: shortDate(box.readOn, today) }) : tr('changes.neverRead')}</p>
          </div>
          <button
            type="button"
            className="primary"
            disabled={marking.loading || box.unreadCount === 0}
            onClick={async () => {
              const result = await markRead();
              if (result.data?.markInboxRead.ok) onMessage(tr('changes.marked'));
            }}
            data-testid="mark-all-read"
          >
            {tr('changes.markRead')}
          </button>
        </div>
        <KindFilter counts={kindCounts} chosen={params.kinds} onChange={(kinds) => update({ kinds })} />
        {box.rankingPending && <RankingPending />}
        {box.changes.totalCount > box.changes.nodes.length && <p className="muted small">{tr('changes.someShown', { shown: box.changes.nodes.length, total: box.changes.totalCount })}</p>}
        <ChangeList changes={shown} today={today} emptyText={tr('changes.inboxEmpty')} />
      </section>
    </div>
  );
}

function FeedView() {
  const [params, update] = useSearchState(changesCodec);
  const today = localToday();
  const territories = useQuery(TerritoriesQuery);
  const list = territories.data?.territories ?? [];
  const scope: Scope | null = params.scope ?? (list[0] ? { kind: 'territory', id: list[0].id } : null);
  const window = feedWindow(params, today);
  const feed = useQuery(ScopeChangesQuery, scope ? { variables: { scope: scopeInput(scope), since: window.since, until: window.until } } : skipToken);
  const answer = (feed.data ?? feed.previousData)?.changes;
  usePollWhilePending(answer?.rankingPending ?? false, feed);
  const { shown, counts } = byKinds(answer?.nodes ?? [], params.kinds);
  return (
    <section className="feed-view">
      <div className="feed-controls">
        <label className="field inline">
          <span>{NODE_LABEL_LABELS.Territory}</span>
          <select value={scope?.id ?? ''} onChange={(e) => update({ scope: { kind: 'territory', id: e.target.value } })} data-testid="feed-scope">
            {scope && !list.some((t) => t.id === scope.id) && <option value={scope.id}>{scope.id}</option>}
            {list.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>{tr('changes.since')}</span>
          <input type="date" value={window.since} max={window.until} onChange={(e) => update({ since: e.target.value || null })} data-testid="feed-since" />
        </label>
        <label className="field inline">
          <span>{tr('changes.until')}</span>
          <input type="date" value={window.until} min={window.since} onChange={(e) => update({ until: e.target.value || null })} data-testid="feed-until" />
        </label>
        {scope && <Link to={mapScopeHref(scope)}>{tr('changes.openMap')}</Link>}
      </div>
      {feed.error && !answer && <p className="error" role="alert">{tr('changes.failed', { message: feed.error.message })}</p>}
      {!answer && !feed.error && <p className="muted loading">{LIST_WORDS.loading}</p>}
      {answer && (
        <>
          <KindFilter counts={counts} chosen={params.kinds} onChange={(kinds) => update({ kinds })} />
          {answer.rankingPending && <RankingPending />}
          {answer.totalCount > answer.nodes.length && <p className="muted small">{tr('changes.someShown', { shown: answer.nodes.length, total: answer.totalCount })}</p>}
          <ChangeList changes={shown} today={today} scope={scope} />
        </>
      )}
    </section>
  );
}
