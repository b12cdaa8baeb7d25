import { STAGE_LABELS, STAGES } from '../../../shared/visual-encoding/encoding.js';

/** The five stages as steps: where the plan started, where we are, where it aims. */
export function StageTrack({ start, current, target }: { start: string | null | undefined; current: string; target: string | null | undefined }) {
  const index = (s: string | null | undefined) => STAGES.indexOf((s ?? 'unknown') as (typeof STAGES)[number]);
  const from = Math.max(0, index(start ?? current));
  const now = Math.max(0, index(current));
  const to = index(target);
  return (
    <ol className="stage-track" aria-label={`Stage ${STAGE_LABELS[current] ?? current}, target ${target ? (STAGE_LABELS[target] ?? target) : 'not set'}`}>
      {STAGES.map((s, i) => {
        const classes = ['stage-dot', i <= now ? 'reached' : '', i === now ? 'current' : '', i === to ? 'target' : '', i >= from && i <= to ? 'in-plan' : ''].filter(Boolean).join(' ');
        return (
          <li key={s} className={classes} title={`${STAGE_LABELS[s]}${i === now ? ' (today)' : ''}${i === to ? ' (target)' : ''}${i === from && from !== now ? ' (start)' : ''}`}>
            <span className="dot" aria-hidden="true" />
            <span className="stage-name">{STAGE_LABELS[s]}</span>
          </li>
        );
      })}
    </ol>
  );
}
