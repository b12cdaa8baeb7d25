import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ChangeFieldsFragment } from '../../../gql/graphql.js';
import type { ChangeKind } from '../../../gql/vocabulary.js';
import { localToday, shortDate } from '../../../shared/dates.js';
import { TerritoriesQuery } from '../../../shared/graphql/territories-query.js';
import { useViewer } from '../../../shared/session/use-viewer.js';
import { PageHead, PageShell } from '../../../shared/ui/PageShell.js';
import { useToast } from '../../../shared/ui/Toast.js';
import { changesCodec, feedWindow, type ChangesTab } from '../../../shared/urls/changes.js';
import { mapScopeHref, scopeInput, type Scope } from '../../../shared/urls/map-view.js';
import { useSearchState } from '../../../shared/urls/use-search-state.js';
import { NODE_LABEL_LABELS } from '../../../shared/vocabulary/labels.js';
import { enumValue } from '../../../shared/vocabulary/values.js';
import { NodeLabel } from '../../../gql/vocabulary.js';
import { InboxQuery } from '../graphql/inbox-query.js';
import { ScopeChangesQuery } from '../graphql/scope-changes-query.js';
import { INBOX_QUERIES, MarkInboxReadMutation } from '../graphql/watch-mutations.js';
import { ChangeList, KindFilter } from './ChangeList.js';

const WORDS = {
  title: 'What changed',
  intro: 'Your inbox holds what changed in what you watch since you last marked it read; the feed shows everything that changed in a territory between two days, weightiest first.',
  tabs: { inbox: 'Inbox', feed: 'Territory feed' } satisfies Record<ChangesTab, string>,
  unread: (count: number, since: string) => `${count} unread since ${since}`,
  neverRead: 'Never marked read: the last 30 days.',
  readOn: (day: string) => `Last marked read on ${day}.`,
  markRead: 'Mark all read',
  marked: 'Inbox marked read.',
  all: 'Everything watched',
  watching: 'Watching',
  nothingWatched: 'You watch nothing yet. Use ☆ Watch on a person, institution, committee, tender or territory on the map.',
  inboxEmpty: 'Nothing new in what you watch.',
  loading: 'Loading…',
  failed: 'Could not load the changes: ',
  scope: 'Territory',
  since: 'From',
  until: 'To',
  openMap: 'Open this territory on the map',
  someShown: (shown: number, total: number) => `The ${shown} weightiest of ${total} changes.`,
};

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
        <PageHead title={WORDS.title}>
          <p className="muted">{WORDS.intro}</p>
        </PageHead>
        <nav className="tabs page-tabs" role="tablist">
          {(['inbox', 'feed'] as const).map((tab) => (
            <button key={tab} type="button" role="tab" aria-selected={params.tab === tab} className={params.tab === tab ? 'active' : ''} onClick={() => update({ tab, kinds: [] }, 'push')} data-testid={`changes-tab-${tab}`}>
              {WORDS.tabs[tab]}
            </button>
          ))}
        </nav>
        {params.tab === 'inbox' ? <InboxView onMessage={say} /> : <FeedView />}
      </main>
    </PageShell>
  );
}

function InboxView({ onMessage }: { onMessage(message: string): void }) {
  const [params, update] = useSearchState(changesCodec);
  const today = localToday();
  const inbox = useQuery(InboxQuery, { variables: { watch: params.watch }, errorPolicy: 'all' });
  const [markRead, marking] = useMutation(MarkInboxReadMutation, { refetchQueries: INBOX_QUERIES, awaitRefetchQueries: true });
  const me = (inbox.data ?? inbox.previousData)?.me;
  const counts = useMemo(() => new Map((me?.inbox.countsByWatch ?? []).map((w) => [w.entity.id, w.count])), [me]);
  const { shown, counts: kindCounts } = byKinds(me?.inbox.changes.nodes ?? [], params.kinds);
  if (inbox.error && !me) return <p className="error" role="alert">{WORDS.failed}{inbox.error.message}</p>;
  if (!me) return <p className="muted loading">{WORDS.loading}</p>;
  const box = me.inbox;
  return (
    <div className="inbox-layout">
      <aside className="watch-list" aria-label={WORDS.watching}>
        <h3>{WORDS.watching}</h3>
        {me.watches.length === 0 ? (
          <p className="muted small">{WORDS.nothingWatched}</p>
        ) : (
          <ul className="plain">
            <li>
              <button type="button" className={`watch-row${params.watch === null ? ' on' : ''}`} onClick={() => update({ watch: null })} data-testid="watch-all">
                <span>{WORDS.all}</span>
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
            <strong data-testid="inbox-unread">{WORDS.unread(box.unreadCount, shortDate(box.since, today))}</strong>
            <p className="muted small">{box.readOn ? WORDS.readOn(shortDate(box.readOn, today)) : WORDS.neverRead}</p>
          </div>
          <button
            type="button"
            className="primary"
            disabled={marking.loading || box.unreadCount === 0}
            onClick={async () => {
              const result = await markRead();
              if (result.data?.markInboxRead.ok) onMessage(WORDS.marked);
            }}
            data-testid="mark-all-read"
          >
            {WORDS.markRead}
          </button>
        </div>
        <KindFilter counts={kindCounts} chosen={params.kinds} onChange={(kinds) => update({ kinds })} />
        {box.changes.totalCount > box.changes.nodes.length && <p className="muted small">{WORDS.someShown(box.changes.nodes.length, box.changes.totalCount)}</p>}
        <ChangeList changes={shown} today={today} emptyText={WORDS.inboxEmpty} />
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
  const { shown, counts } = byKinds(answer?.nodes ?? [], params.kinds);
  return (
    <section className="feed-view">
      <div className="feed-controls">
        <label className="field inline">
          <span>{WORDS.scope}</span>
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
          <span>{WORDS.since}</span>
          <input type="date" value={window.since} max={window.until} onChange={(e) => update({ since: e.target.value || null })} data-testid="feed-since" />
        </label>
        <label className="field inline">
          <span>{WORDS.until}</span>
          <input type="date" value={window.until} min={window.since} onChange={(e) => update({ until: e.target.value || null })} data-testid="feed-until" />
        </label>
        {scope && <Link to={mapScopeHref(scope)}>{WORDS.openMap}</Link>}
      </div>
      {feed.error && !answer && <p className="error" role="alert">{WORDS.failed}{feed.error.message}</p>}
      {!answer && !feed.error && <p className="muted loading">{WORDS.loading}</p>}
      {answer && (
        <>
          <KindFilter counts={counts} chosen={params.kinds} onChange={(kinds) => update({ kinds })} />
          {answer.totalCount > answer.nodes.length && <p className="muted small">{WORDS.someShown(answer.nodes.length, answer.totalCount)}</p>}
          <ChangeList changes={shown} today={today} scope={scope} />
        </>
      )}
    </section>
  );
}
