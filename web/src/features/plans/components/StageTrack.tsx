import type { CSSProperties } from 'react';
import type { RelationshipStage } from '../../../gql/vocabulary.js';
import { tr } from '@shared/i18n/intl.js';
import { RELATIONSHIP_STAGE_LABELS, RELATIONSHIP_STAGE_MEANINGS } from '@shared/vocabulary/labels.js';
import { RELATIONSHIP_STAGES, stageRank } from '@shared/vocabulary/ladder.js';
import { stageLabel } from '@shared/vocabulary/words.js';

type Stage = RelationshipStage | null | undefined;

/** The ladder's steps as dots: where the plan started, where we are, where it aims (no stage: nothing reached yet). */
export function StageTrack({ start, current, target }: { start: Stage; current: Stage; target: Stage }) {
  const from = stageRank(start);
  const now = stageRank(current);
  const to = stageRank(target);
  const steps = RELATIONSHIP_STAGES.length;
  return (
    <ol
      className="stage-track"
      style={{ '--steps': steps } as CSSProperties}
      aria-label={tr('plans.track.label', { stage: stageLabel(current), target: target ? stageLabel(target) : tr('plans.track.notSet') })}
    >
      {RELATIONSHIP_STAGES.map((s, i) => {
        const classes = ['stage-dot', i <= now ? 'reached' : '', i === now ? 'current' : '', i === to ? 'target' : '', i >= from && i <= to ? 'in-plan' : ''].filter(Boolean).join(' ');
        const notes = [i === now ? tr('plans.track.today') : '', i === to ? tr('plans.track.target') : '', i === from && from !== now ? tr('plans.track.start') : ''].join('');
        return (
          <li key={s} className={classes} title={tr('plans.track.title', { stage: RELATIONSHIP_STAGE_LABELS[s], notes, meaning: RELATIONSHIP_STAGE_MEANINGS[s] })}>
            <span className="dot" aria-hidden="true" />
            <span className="stage-name">{RELATIONSHIP_STAGE_LABELS[s]}</span>
          </li>
        );
      })}
    </ol>
  );
}
