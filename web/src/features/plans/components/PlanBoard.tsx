import type { PlanCardFieldsFragment } from '../../../gql/graphql.js';
import { PlanProgress } from '../../../gql/vocabulary.js';
import { tr } from '@shared/i18n/intl.js';
import { PLAN_PROGRESS_HINTS, PLAN_PROGRESS_LABELS } from '@shared/vocabulary/labels.js';
import { slug } from '@shared/vocabulary/values.js';
import { BOARD_COLUMNS, type BoardLane } from '../plan-board.js';
import { PlanCard } from './PlanCard.js';

export interface PlanBoardProps {
  lanes: readonly BoardLane<PlanCardFieldsFragment>[];
  today: string;
  selected: string | null;
  /** A manager's board: one lane per KAM, names on the lanes. */
  byOwner: boolean;
  /** The viewer may create plans (strategists only read). */
  mayCreate: boolean;
  onOpen(id: string): void;
  onCreate(ownerId: string | null): void;
}

/** Columns by progress (the SDL's PlanProgress in its order); a manager gets one lane per KAM. */
export function PlanBoard({ lanes, today, selected, byOwner, mayCreate, onOpen, onCreate }: PlanBoardProps) {
  return (
    <div className="plan-board" data-testid="plan-board">
      {lanes.map((lane) => (
        <section key={lane.owner?.id ?? 'all'} className={`board-lane${byOwner && lane.total === 0 ? ' empty' : ''}`} data-testid="board-lane" data-owner-id={lane.owner?.id ?? ''} aria-label={lane.owner ? tr('plans.page.titleOf', { name: lane.owner.name }) : tr('nav.plans')}>
          {byOwner && (
            <header className="lane-head">
              <h2>{lane.owner?.name ?? tr('plans.noOwner')}</h2>
              <span className="muted">
                {lane.total === 0 ? tr('plans.board.noPlans') : tr('plans.count', { count: lane.total })}
                {lane.attention > 0 ? ` · ${tr('plans.board.attention', { count: lane.attention })}` : ''}
              </span>
              {mayCreate && (
                <button type="button" className="link-button" onClick={() => onCreate(lane.owner?.id ?? null)}>
                  {tr('plans.board.planFor', { name: lane.owner?.name.split(' ')[0] ?? tr('plans.board.someone') })}
                </button>
              )}
            </header>
          )}
          {!(byOwner && lane.total === 0) && (
          <div className="board-columns">
            {BOARD_COLUMNS.map((col) => {
              const cards = lane.columns[col];
              return (
                <div key={col} className={`board-column col-${slug(col)}${cards.length === 0 ? ' is-empty' : ''}`} data-column={slug(col)}>
                  <h3 title={PLAN_PROGRESS_HINTS[col]}>
                    <span className="col-dot" aria-hidden="true" />
                    {PLAN_PROGRESS_LABELS[col]} <span className="count">{cards.length}</span>
                  </h3>
                  {cards.length === 0 && <p className="column-empty">{col === PlanProgress.ON_TRACK ? tr('plans.board.nothingYet') : tr('plans.board.none')}</p>}
                  {cards.map((plan) => (
                    <PlanCard key={plan.id} plan={plan} today={today} selected={plan.id === selected} showOwner={false} onOpen={onOpen} />
                  ))}
                </div>
              );
            })}
          </div>
          )}
        </section>
      ))}
    </div>
  );
}
