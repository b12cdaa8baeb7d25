import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { InteractionKind } from '../../../gql/vocabulary.js';
import { addDays, daysBetween, localToday, numericDate } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';
import { useViewer } from '@shared/session/use-viewer.js';
import { TeamFilter } from '@shared/ui/NamedSelect.js';
import { PageHead, PageShell } from '@shared/ui/PageShell.js';
import { QueryState } from '@shared/ui/QueryState.js';
import { useToast } from '@shared/ui/Toast.js';
import { AGENDA_KINDS, agendaCodec, agendaRange } from '@shared/urls/agenda.js';
import { useSearchState } from '@shared/urls/use-search-state.js';
import { slug } from '@shared/vocabulary/values.js';
import { groupAgenda, kindInfo } from '../agenda-days.js';
import { AgendaQuery } from '../graphql/agenda-query.js';
import { FollowUpsQuery } from '../graphql/follow-ups-query.js';
import { AgendaList } from './AgendaList.js';
import { FollowUpList } from './FollowUpList.js';
import { LogInteractionForm } from './LogInteractionForm.js';

const QUICK_RANGES = [7, 30, 90] as const;

/** /agenda: what is coming (and what is late), the follow-ups to call, and logging what happened. */
export function AgendaPage() {
  const viewer = useViewer();
  const [params, update] = useSearchState(agendaCodec);
  const today = useMemo(() => localToday(), []);
  const range = agendaRange(params, today);
  const userId = params.user ?? viewer.id;
  const agenda = useQuery(AgendaQuery, userId ? { variables: { userId, from: range.from, to: range.to } } : skipToken);
  const followUps = useQuery(FollowUpsQuery, userId ? { variables: { userId } } : skipToken);
  const [toast, setToast] = useToast(5000);

  const items = agenda.data?.agenda ?? [];
  const groups = useMemo(() => groupAgenda(items, today, params.kinds), [items, today, params.kinds]);
  const viewingOther = !!params.user && params.user !== viewer.id;
  const who = viewingOther ? (viewer.team.find((t) => t.id === params.user)?.name ?? params.user) : null;
  const rangeDays = daysBetween(range.from, range.to);

  const userPicker = <TeamFilter label={tr('agenda.page.whose')} everyone={tr('agenda.page.mine')} value={params.user} onChange={(user) => update({ user }, 'push')} testId="agenda-user" />;

  return (
    <PageShell current="agenda" userName={viewer.name} controls={userPicker} toast={toast}>
      <div className="agenda-layout">
        <main className="page-main" data-testid="agenda-page">
          <PageHead title={who ? tr('agenda.page.titleOf', { name: who }) : tr('nav.agenda')}>
            <p className="muted">
              {tr('agenda.page.intro', { from: numericDate(range.from), to: numericDate(range.to), theirs: !!who })}
            </p>
          </PageHead>
          <div className="range-bar" data-testid="agenda-range">
            <label className="inline-field">
              {tr('agenda.page.from')}
              <input type="date" value={range.from} onChange={(e) => update({ from: e.target.value || null }, 'push')} name="from" />
            </label>
            <label className="inline-field">
              {tr('agenda.page.to')}
              <input type="date" value={range.to} min={range.from} onChange={(e) => update({ to: e.target.value || null }, 'push')} name="to" />
            </label>
            <div className="chip-row">
              {QUICK_RANGES.map((d) => (
                <button key={d} type="button" className={`chip${range.from === today && rangeDays === d ? ' on' : ''}`} onClick={() => update({ from: null, to: d === 30 ? null : addDays(today, d) }, 'push')}>
                  {tr('agenda.page.nextDays', { count: d })}
                </button>
              ))}
            </div>
          </div>
          {range.problem && <p className="warning">{range.problem}</p>}
          <div className="chip-row kind-filter" role="group" aria-label={tr('agenda.page.kindsShown')}>
            {AGENDA_KINDS.map((k) => {
              const on = params.kinds.includes(k);
              const info = kindInfo(k);
              return (
                <button
                  key={k}
                  type="button"
                  className={`chip kind-chip kind-${slug(k)}${on ? ' on' : ''}`}
                  aria-pressed={on}
                  title={info.hint}
                  onClick={() => update({ kinds: on ? params.kinds.filter((x) => x !== k) : [...params.kinds, k] })}
                >
                  <span className="kind-dot" aria-hidden="true" /> {info.label} <span className="count">{groups.counts[k] ?? 0}</span>
                </button>
              );
            })}
            {params.kinds.length > 0 && (
              <button type="button" className="link-button" onClick={() => update({ kinds: [] })}>
                {tr('agenda.page.showAll')}
              </button>
            )}
          </div>
          <QueryState loading={agenda.loading || !userId} error={agenda.error} what={tr('app.loading.agenda')} onRetry={() => agenda.refetch()} hasData={!!agenda.data}>
            <AgendaList groups={groups} filtered={params.kinds.length > 0} />
          </QueryState>
        </main>
        <aside className="agenda-side">
          {viewer.mayEdit && !viewingOther && (
            <section className="side-card" data-testid="log-interaction">
              <div className="side-card-head">
                <h2>{tr('agenda.page.logHeading')}</h2>
                {!params.log && (
                  <button type="button" className="primary" onClick={() => update({ log: true }, 'push')} data-testid="open-log-interaction">
                    {tr('agenda.page.logButton')}
                  </button>
                )}
              </div>
              {!params.log && <p className="muted small">{tr('agenda.page.logIntro')}</p>}
              {params.log && (
                <LogInteractionForm
                  key={params.logFor ?? 'new'}
                  today={today}
                  personId={params.logFor}
                  onCancel={() => update({ log: false, logFor: null }, 'push')}
                  onLogged={(i) => {
                    setToast(i.kind === InteractionKind.PROPOSAL && i.followUpDue ? tr('agenda.loggedFollowUp', { name: i.name, date: numericDate(i.followUpDue) }) : tr('agenda.logged', { name: i.name }));
                    update({ log: false, logFor: null }, 'push');
                  }}
                />
              )}
            </section>
          )}
          <section className="side-card">
            <div className="side-card-head">
              <h2>{tr('agenda.page.followUps')}</h2>
              {followUps.data && <span className={`count-badge${followUps.data.followUps.some((f) => f.overdue) ? ' danger' : ''}`}>{followUps.data.followUps.length}</span>}
            </div>
            <p className="muted small">{tr('agenda.page.followUpsIntro')}</p>
            <QueryState loading={followUps.loading || !userId} error={followUps.error} what={tr('agenda.page.followUpsWhat')} onRetry={() => followUps.refetch()} hasData={!!followUps.data}>
              {followUps.data && <FollowUpList followUps={followUps.data.followUps} today={today} mayAct={viewer.mayEdit && !viewingOther} onMessage={setToast} />}
            </QueryState>
          </section>
        </aside>
      </div>
    </PageShell>
  );
}
