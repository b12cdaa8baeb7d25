import type { ReactNode } from 'react';
import type { InstitutionKind } from '../../../gql/vocabulary.js';
import { areaName, formatFixed } from '@shared/format.js';
import { FormField, optionsOf, SelectField } from '@shared/forms/FormField.js';
import { CHANGED_VIEWS, MAP_TIE_TYPES, NO_STAGE, STAGE_FILTERS, activeFilterCount, clearFilters, type ChangedView } from '@shared/urls/map-view.js';
import { STANCE_COLOURS } from '@shared/visual-encoding/encoding.js';
import { Legend } from '@shared/visual-encoding/Legend.js';
import { Swatch } from '@shared/visual-encoding/Swatch.js';
import { INSTITUTION_KIND_LABELS, noStageLabel, noStageMeaning, RELATIONSHIP_STAGE_LABELS, RELATIONSHIP_STAGE_MEANINGS, STANCE_LABELS, STANCE_MEANINGS, STANCE_WORDS } from '@shared/vocabulary/labels.js';
import { STANCE_WORDS_IN_ORDER } from '@shared/vocabulary/stance.js';
import { slug } from '@shared/vocabulary/values.js';
import { tieName } from '@shared/vocabulary/words.js';
import { useMapView } from '../hooks/use-map-view.js';
import { isLargeScope } from '../overview.js';
import { useMapGraph } from '../state/map-graph.js';
import { tr } from '@shared/i18n/intl.js';

/** The "what changed" choice: its option's words (`filters.changed.<view>`) and what the legend calls the marked elements (`filters.changedLegend.<view>`). */
const changedOption = (v: ChangedView) => tr(`filters.changed.${v}`);
const changedLegend = (v: ChangedView) => tr(`filters.changedLegend.${v}`);

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function FilterPanel() {
  const [view, update] = useMapView();
  const { areas, institutionKinds, data } = useMapGraph();
  const active = activeFilterCount(view);
  // The overview already draws each coalition as one disc: groups are the full map's option.
  const overviewOn = !!data && isLargeScope(data) && !view.everyone;
  return (
    <aside className="filter-panel" aria-label={tr('filters.heading')}>
      <div className="panel-heading">
        <h2>{tr('filters.heading')}</h2>
        {active > 0 && (
          <button type="button" className="link-button" onClick={() => update(clearFilters(view))}>
            {tr('filters.clear', { count: active })}
          </button>
        )}
      </div>

      <SelectField label={tr('filters.area')} value={view.area ?? ''} onChange={(area) => update({ area: area || null }, 'push')} placeholder={tr('filters.allAreas')} options={optionsOf(areas, areaName)} data-testid="filter-area" />

      <fieldset className="field">
        <legend>{tr('filters.ties')}</legend>
        <div className="chip-grid">
          {MAP_TIE_TYPES.map((t) => (
            <label key={t} className="check">
              <input type="checkbox" checked={view.ties.includes(t)} onChange={() => update({ ties: toggle(view.ties, t) })} data-testid={`tie-${t}`} />
              {tieName(t)}
            </label>
          ))}
        </div>
      </fieldset>

      <FormField
        label={
          <>
            {tr('filters.minStrength')} <output>{formatFixed(view.minStrength, 2)}</output>
          </>
        }
        hint={tr('filters.minStrengthHint')}
      >
        <input type="range" min={0} max={1} step={0.05} value={view.minStrength} onChange={(e) => update({ minStrength: Number(e.target.value) })} data-testid="filter-min-strength" />
      </FormField>

      <ChipToggles
        legend={tr('filters.stage')}
        values={STAGE_FILTERS}
        on={view.stages}
        onToggle={(s) => update({ stages: toggle(view.stages, s) })}
        label={(s) => (s === NO_STAGE ? noStageLabel() : RELATIONSHIP_STAGE_LABELS[s])}
        title={(s) => (s === NO_STAGE ? noStageMeaning() : RELATIONSHIP_STAGE_MEANINGS[s])}
        testId={(s) => `stage-${slug(s)}`}
      />

      <ChipToggles
        legend={tr('filters.stance')}
        values={STANCE_WORDS_IN_ORDER}
        on={view.stances}
        onToggle={(s) => update({ stances: toggle(view.stances, s) })}
        label={(s) => (
          <>
            <Swatch colour={STANCE_COLOURS[s]} />
            {STANCE_WORDS[s]}
          </>
        )}
        title={(s) => `${STANCE_LABELS[s]}: ${STANCE_MEANINGS[s]}`}
        testId={(s) => `stance-${s}`}
      />

      <FormField label={tr('filters.kind')} hint={tr('filters.kindHint')}>
        <select
          multiple
          size={Math.min(6, Math.max(3, institutionKinds.length))}
          value={view.kinds}
          onChange={(e) => update({ kinds: [...e.target.selectedOptions].map((o) => o.value as InstitutionKind) })}
          data-testid="filter-kind"
        >
          {institutionKinds.map((k) => (
            <option key={k} value={k}>
              {INSTITUTION_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </FormField>

      <label className="check toggle-row" title={overviewOn ? tr('filters.groupsOverview') : undefined}>
        <input type="checkbox" checked={view.groups} disabled={overviewOn} onChange={() => update({ groups: !view.groups })} data-testid="toggle-groups" />
        {tr('filters.groups')}
      </label>
      <label className="check toggle-row" title={tr('filters.proposedHint')}>
        <input type="checkbox" checked={view.proposed} onChange={() => update({ proposed: !view.proposed })} data-testid="toggle-proposed" />
        {tr('filters.proposed')}
      </label>

      <label className="field" title={tr('filters.changedHint')}>
        <span>{tr('filters.changedLabel')}</span>
        <select value={view.changed ?? ''} onChange={(e) => update({ changed: (e.target.value || null) as ChangedView | null }, 'push')} data-testid="changed-view">
          <option value="">{tr('filters.changedOff')}</option>
          {CHANGED_VIEWS.map((v) => (
            <option key={v} value={v}>
              {changedOption(v)}
            </option>
          ))}
        </select>
      </label>

      <Legend visibleTies={view.ties} changed={view.changed ? changedLegend(view.changed) : null} proposed={view.proposed} />
    </aside>
  );
}

/** A row of toggle chips, one per value (on: the value is shown). */
function ChipToggles<T extends string>(props: { legend: string; values: readonly T[]; on: readonly T[]; onToggle(value: T): void; label(value: T): ReactNode; title?(value: T): string; testId(value: T): string }) {
  return (
    <fieldset className="field">
      <legend>{props.legend}</legend>
      <div className="chip-row">
        {props.values.map((v) => (
          <button
            key={v}
            type="button"
            className={`chip${props.on.includes(v) ? ' on' : ''}`}
            aria-pressed={props.on.includes(v)}
            onClick={() => props.onToggle(v)}
            title={props.title?.(v)}
            data-testid={props.testId(v)}
          >
            {props.label(v)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
