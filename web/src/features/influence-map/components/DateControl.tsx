import { useEffect, useState } from 'react';
import { isIsoDate, monthsBetween, shiftMonths } from '@shared/dates.js';
import { tr } from '@shared/i18n/intl.js';

export interface DateControlProps {
  /** null: today. */
  asOf: string | null;
  today: string;
  onChange(asOf: string | null): void;
}

const PAST = -96;
const FUTURE = 24;

/** A date field for precision and a month slider to scrub through time; the map redraws as of the date. */
export function DateControl({ asOf, today, onChange }: DateControlProps) {
  const current = asOf ?? today;
  const [slider, setSlider] = useState(() => monthsBetween(today, current));
  useEffect(() => setSlider(monthsBetween(today, current)), [today, current]);

  // The slider commits after a pause so that scrubbing does not send a query per month.
  useEffect(() => {
    const months = monthsBetween(today, current);
    if (slider === months) return;
    const timer = setTimeout(() => onChange(slider === 0 ? null : shiftMonths(today, slider)), 350);
    return () => clearTimeout(timer);
  }, [slider, today, current, onChange]);

  const label = asOf === null || asOf === today ? 'today' : asOf < today ? 'past' : 'planned';
  return (
    <div className="date-control" role="group" aria-label={tr('map.date.group')}>
      <label>
        <span>{tr('map.date.asOf')}</span>
        <input
          type="date"
          value={current}
          onChange={(e) => {
            const v = e.target.value;
            if (isIsoDate(v)) onChange(v === today ? null : v);
          }}
          data-testid="as-of"
        />
      </label>
      <input
        type="range"
        min={PAST}
        max={FUTURE}
        step={1}
        value={Math.max(PAST, Math.min(FUTURE, slider))}
        onChange={(e) => setSlider(Number(e.target.value))}
        aria-label={tr('map.date.scrub')}
        title={tr('map.date.scrubTitle')}
      />
      <span className={`date-badge ${label}`}>{tr(`map.date.badge.${label}`)}</span>
      {asOf && asOf !== today && (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          {tr('map.date.today')}
        </button>
      )}
    </div>
  );
}
