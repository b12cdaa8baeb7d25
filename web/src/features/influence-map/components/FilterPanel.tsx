import { areaName, humanize } from '../../../shared/format.js';
import { MAP_TIE_TYPES, activeFilterCount, clearFilters } from '../../../shared/urls/map-view.js';
import { STAGE_LABELS, STAGES, STANCE_BUCKETS, STANCE_COLOURS, STANCE_LABELS, tieName } from '../../../shared/visual-encoding/encoding.js';
import { Legend } from '../../../shared/visual-encoding/Legend.js';
import { Swatch } from '../../../shared/visual-encoding/Swatch.js';
import { useMapView } from '../hooks/use-map-view.js';
import { useMapGraph } from '../state/map-graph.js';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function FilterPanel() {
  const [view, update] = useMapView();
  const { areas, institutionKinds } = useMapGraph();
  const active = activeFilterCount(view);
  return (
    <aside className="filter-panel" aria-label="Filters">
      <div className="panel-heading">
        <h2>Filters</h2>
        {active > 0 && (
          <button type="button" className="link-button" onClick={() => update(clearFilters(view))}>
            Clear {active}
          </button>
        )}
      </div>

      <label className="field">
        <span>Therapeutic area</span>
        <select value={view.area ?? ''} onChange={(e) => update({ area: e.target.value || null }, 'push')} data-testid="filter-area">
          <option value="">All areas</option>
          {areas.map((a) => (
            <option key={a} value={a}>
              {areaName(a)}
            </option>
          ))}
        </select>
      </label>

      <fieldset className="field">
        <legend>Ties</legend>
        <div className="chip-grid">
          {MAP_TIE_TYPES.map((t) => (
            <label key={t} className="check">
              <input type="checkbox" checked={view.ties.includes(t)} onChange={() => update({ ties: toggle(view.ties, t) })} data-testid={`tie-${t}`} />
              {tieName(t)}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="field">
        <span>
          Minimum strength <output>{view.minStrength.toFixed(2)}</output>
        </span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={view.minStrength}
          onChange={(e) => update({ minStrength: Number(e.target.value) })}
          data-testid="filter-min-strength"
        />
        <small>Hides weaker influence and acquaintance ties.</small>
      </label>

      <fieldset className="field">
        <legend>Our stage</legend>
        <div className="chip-row">
          {STAGES.map((s) => (
            <button
              key={s}
              type="button"
              className={`chip${view.stages.includes(s) ? ' on' : ''}`}
              aria-pressed={view.stages.includes(s)}
              onClick={() => update({ stages: toggle(view.stages, s) })}
              data-testid={`stage-${s}`}
            >
              {STAGE_LABELS[s]}
            </button>
          ))}
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>Stance</legend>
        <div className="chip-row">
          {STANCE_BUCKETS.map((s) => (
            <button
              key={s}
              type="button"
              className={`chip${view.stances.includes(s) ? ' on' : ''}`}
              aria-pressed={view.stances.includes(s)}
              onClick={() => update({ stances: toggle(view.stances, s) })}
              title={STANCE_LABELS[s]}
              data-testid={`stance-${s}`}
            >
              <Swatch colour={STANCE_COLOURS[s]} />
              {STANCE_LABELS[s].replace(/ \(.*\)/, '')}
            </button>
          ))}
        </div>
      </fieldset>

      <label className="field">
        <span>Institution kind</span>
        <select
          multiple
          size={Math.min(6, Math.max(3, institutionKinds.length))}
          value={view.kinds}
          onChange={(e) => update({ kinds: [...e.target.selectedOptions].map((o) => o.value) })}
          data-testid="filter-kind"
        >
          {institutionKinds.map((k) => (
            <option key={k} value={k}>
              {humanize(k)}
            </option>
          ))}
        </select>
        <small>Keeps these institutions and the people working there. Ctrl-click for several.</small>
      </label>

      <label className="check toggle-row">
        <input type="checkbox" checked={view.groups} onChange={() => update({ groups: !view.groups })} data-testid="toggle-groups" />
        Show coalitions as groups
      </label>

      <Legend visibleTies={view.ties} />
    </aside>
  );
}
