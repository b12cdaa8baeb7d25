import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { localToday } from '@shared/dates.js';
import type { MessageId } from '@shared/i18n/catalogues.js';
import { tr } from '@shared/i18n/intl.js';
import { useViewer } from '@shared/session/use-viewer.js';
import { TeamFilter } from '@shared/ui/NamedSelect.js';
import { PageHead, PageShell } from '@shared/ui/PageShell.js';
import { QueryState } from '@shared/ui/QueryState.js';
import { useToast } from '@shared/ui/Toast.js';
import { plansCodec } from '@shared/urls/plans.js';
import { useSearchState } from '@shared/urls/use-search-state.js';
import { NextBestPanel } from '../../recommendations/index.js';
import { PlansQuery } from '../graphql/plans-query.js';
import { PlanProgress } from '../../../gql/vocabulary.js';
import { slug } from '@shared/vocabulary/values.js';
import { BOARD_COLUMNS, buildBoard, needsAttention } from '../plan-board.js';
import { CreatePlanForm } from './CreatePlanForm.js';
import { PlanBoard } from './PlanBoard.js';
import { PlanDetail } from './PlanDetail.js';

/** The summary's count per column ("1 needs attention"), a plural message per progress. */
const SUMMARY: Record<PlanProgress, MessageId> = {
  ON_TRACK: 'plans.summary.ON_TRACK',
  NEEDS_ATTENTION: 'plans.summary.NEEDS_ATTENTION',
  BEHIND: 'plans.summary.BEHIND',
  ACHIEVED: 'plans.summary.ACHIEVED',
  CLOSED: 'plans.summary.CLOSED',
};
const rich = { strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>, em: (chunks: ReactNode[]) => <em>{chunks}</em> };

/** /plans: the plan board of a KAM, or of a manager's team by KAM; a plan's detail; new plans. */
export function PlansPage() {
  const viewer = useViewer();
  const [params, update] = useSearchState(plansCodec);
  const today = useMemo(() => localToday(), []);
  const plans = useQuery(PlansQuery, { variables: { ownerId: params.owner } });
  const [banner, setBanner] = useState<string | null>(null);
  const [toast, setToast] = useToast(4000);
  const [createOwner, setCreateOwner] = useState<string | null>(null);
  const [suggest, setSuggest] = useState(false);

  const list = plans.data?.plans ?? [];
  const team = viewer.team;
  // Managers see a lane per KAM of their team; strategists and admins one per owner.
  const byOwner = viewer.isManager || viewer.seesAllTerritories;
  const self = viewer.id ? { id: viewer.id, name: viewer.name ?? viewer.id } : null;
  const lanes = useMemo(() => {
    const owners = byOwner ? (params.owner ? team.filter((t) => t.id === params.owner) : team) : [];
    return buildBoard(list, { byOwner, owners, viewerId: viewer.id });
  }, [list, byOwner, team, params.owner, viewer.id]);
  // Plans of the viewer first, then the team: who a new plan can be for.
  const owners = useMemo(() => {
    const all = [...(self ? [{ id: self.id, name: tr('plans.page.me', { name: self.name }) }] : []), ...team.filter((t) => t.id !== self?.id)];
    const preferred = createOwner ?? params.owner;
    return preferred ? [...all.filter((o) => o.id === preferred), ...all.filter((o) => o.id !== preferred)] : all;
  }, [self?.id, self?.name, team, createOwner, params.owner]);

  const counts = useMemo(() => BOARD_COLUMNS.map((progress) => ({ progress, count: list.filter((p) => p.progress === progress).length })), [list]);

  const openCreate = (ownerId: string | null = null) => {
    setCreateOwner(ownerId);
    setBanner(null);
    update({ create: true, createPlanFor: null, plan: null }, 'push');
  };
  const drawer = params.create ? 'create' : params.plan ? 'plan' : null;

  const title = viewer.seesAllTerritories
    ? tr('plans.page.titleAll')
    : byOwner
      ? params.owner
        ? tr('plans.page.titleOf', { name: team.find((t) => t.id === params.owner)?.name ?? params.owner })
        : tr('plans.page.titleTeam')
      : tr('plans.page.titleMine');
  const ownerFilter = <TeamFilter label={tr('plans.page.owner')} everyone={tr('plans.page.everyone', { count: team.length })} value={params.owner} onChange={(owner) => update({ owner }, 'push')} testId="owner-filter" />;

  return (
    <PageShell current="plans" userName={viewer.name} controls={ownerFilter} toast={toast}>
      <div className={`split-layout${drawer ? ' with-drawer' : ''}`}>
        <main className="page-main" data-testid="plans-page">
          <PageHead
            title={title}
            actions={
              viewer.mayEdit && (
                <button type="button" className="primary" onClick={() => openCreate(params.owner)} data-testid="new-plan">
                  {tr('plans.page.newPlan')}
                </button>
              )
            }
          >
            {plans.data && (
              <p className="muted" data-testid="plans-summary">
                {tr('plans.count', { count: list.length })}
                {counts.map(({ progress, count }) => (
                  <span key={progress} className={count && needsAttention(progress) ? (progress === PlanProgress.BEHIND ? 'text-danger' : 'text-warn') : ''} data-progress={slug(progress)}>
                    {' · '}
                    {tr(SUMMARY[progress], { count })}
                  </span>
                ))}
              </p>
            )}
          </PageHead>
          <QueryState loading={plans.loading} error={plans.error} what={tr('plans.page.what')} onRetry={() => plans.refetch()} hasData={!!plans.data}>
            {plans.data && list.length === 0 && !byOwner && (
              <div className="empty-state">
                <FormattedMessage id="plans.page.empty" values={rich} />
              </div>
            )}
            {plans.data && (list.length > 0 || byOwner) && <PlanBoard lanes={lanes} today={today} selected={params.plan} byOwner={byOwner} mayCreate={viewer.mayEdit} onOpen={(id) => update({ plan: id, create: false, createPlanFor: null }, 'push')} onCreate={openCreate} />}
          </QueryState>
          {viewer.territories[0] && (
            <div className="board-suggestions">
              <NextBestPanel scope={{ territoryId: viewer.territories[0].id }} scopeName={viewer.territories[0].name} on={suggest} onToggle={setSuggest} mayPlan={viewer.mayEdit} />
            </div>
          )}
        </main>
        {drawer === 'create' && (
          <aside className="plan-detail" aria-label={tr('plans.page.newPlanLabel')} data-testid="create-plan-panel">
            <div className="detail-head">
              <span className="muted small">{tr('plans.page.newPlanKicker')}</span>
              <button type="button" className="close" onClick={() => update({ create: false, createPlanFor: null }, 'push')} aria-label={tr('plans.page.closeForm')} title={tr('listWords.close')}>
                ✕
              </button>
            </div>
            <h2>{tr('plans.page.createTitle')}</h2>
            <p className="muted small">{tr('plans.page.createIntro')}</p>
            <CreatePlanForm
              key={params.createPlanFor ?? 'search'}
              personId={params.createPlanFor}
              owners={owners}
              onCancel={() => update({ create: false, createPlanFor: null }, 'push')}
              onCreated={(plan) => {
                const proposed = plan.steps.length;
                setBanner(proposed ? tr('plans.page.createdWithSteps', { count: proposed }) : tr('plans.page.createdNoSteps'));
                update({ create: false, createPlanFor: null, plan: plan.id }, 'replace');
              }}
            />
          </aside>
        )}
        {drawer === 'plan' && params.plan && (
          <PlanDetail
            key={params.plan}
            planId={params.plan}
            today={today}
            mayChange={viewer.mayEdit}
            banner={banner}
            onClose={() => {
              setBanner(null);
              update({ plan: null }, 'push');
            }}
            onMessage={setToast}
          />
        )}
      </div>
    </PageShell>
  );
}
