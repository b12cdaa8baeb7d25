import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { localToday } from '../../../shared/dates.js';
import { useViewer } from '../../../shared/session/use-viewer.js';
import { TeamFilter } from '../../../shared/ui/NamedSelect.js';
import { PageHead, PageShell } from '../../../shared/ui/PageShell.js';
import { QueryState } from '../../../shared/ui/QueryState.js';
import { useToast } from '../../../shared/ui/Toast.js';
import { plansCodec } from '../../../shared/urls/plans.js';
import { useSearchState } from '../../../shared/urls/use-search-state.js';
import { NextBestPanel } from '../../recommendations/index.js';
import { PlansQuery } from '../graphql/plans-query.js';
import { PlanProgress } from '../../../gql/vocabulary.js';
import { PLAN_PROGRESS_LABELS } from '../../../shared/vocabulary/labels.js';
import { slug } from '../../../shared/vocabulary/values.js';
import { BOARD_COLUMNS, buildBoard, needsAttention } from '../plan-board.js';
import { CreatePlanForm } from './CreatePlanForm.js';
import { PlanBoard } from './PlanBoard.js';
import { PlanDetail } from './PlanDetail.js';

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
    const all = [...(self ? [{ id: self.id, name: `${self.name} (me)` }] : []), ...team.filter((t) => t.id !== self?.id)];
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

  const title = viewer.seesAllTerritories ? 'All relationship plans' : byOwner ? (params.owner ? `Plans of ${team.find((t) => t.id === params.owner)?.name ?? params.owner}` : "My team's relationship plans") : 'My relationship plans';
  const ownerFilter = <TeamFilter label="Owner" everyone={`All of my team (${team.length} KAMs)`} value={params.owner} onChange={(owner) => update({ owner }, 'push')} testId="owner-filter" />;

  return (
    <PageShell current="plans" userName={viewer.name} controls={ownerFilter} toast={toast}>
      <div className={`split-layout${drawer ? ' with-drawer' : ''}`}>
        <main className="page-main" data-testid="plans-page">
          <PageHead
            title={title}
            actions={
              viewer.mayEdit && (
                <button type="button" className="primary" onClick={() => openCreate(params.owner)} data-testid="new-plan">
                  + New plan
                </button>
              )
            }
          >
            {plans.data && (
              <p className="muted" data-testid="plans-summary">
                {list.length} plan{list.length === 1 ? '' : 's'}
                {counts.map(({ progress, count }) => (
                  <span key={progress} className={count && needsAttention(progress) ? (progress === PlanProgress.BEHIND ? 'text-danger' : 'text-warn') : ''} data-progress={slug(progress)}>
                    {' · '}
                    {count} {PLAN_PROGRESS_LABELS[progress].toLowerCase()}
                  </span>
                ))}
              </p>
            )}
          </PageHead>
          <QueryState loading={plans.loading} error={plans.error} what="the plans" onRetry={() => plans.refetch()} hasData={!!plans.data}>
            {plans.data && list.length === 0 && !byOwner && (
              <div className="empty-state">
                <strong>No plans yet.</strong> Every new VIP or KOL relationship is a project: start one with <em>New plan</em>, or from a person on the map (Details → Plans → Create plan).
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
          <aside className="plan-detail" aria-label="New plan" data-testid="create-plan-panel">
            <div className="detail-head">
              <span className="muted small">New relationship plan</span>
              <button type="button" className="close" onClick={() => update({ create: false, createPlanFor: null }, 'push')} aria-label="Close the form" title="Close">
                ✕
              </button>
            </div>
            <h2>Plan a relationship</h2>
            <p className="muted small">Goals agreed up front, a budget and its purpose, dated steps and a review: the graph proposes the first steps.</p>
            <CreatePlanForm
              key={params.createPlanFor ?? 'search'}
              personId={params.createPlanFor}
              owners={owners}
              onCancel={() => update({ create: false, createPlanFor: null }, 'push')}
              onCreated={(plan) => {
                const proposed = plan.steps.length;
                setBanner(proposed ? `Plan created. The graph proposed ${proposed} step${proposed === 1 ? '' : 's'}: check the dates and adjust them below.` : 'Plan created. Add its first steps below.');
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
