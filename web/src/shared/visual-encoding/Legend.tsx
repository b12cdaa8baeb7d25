import type { TieType } from '../../gql/vocabulary.js';
import { RELATIONSHIP_STAGE_LABELS, RELATIONSHIP_STAGE_MEANINGS, STANCE_LABELS, STANCE_MEANINGS, TIE_TYPE_LABELS } from '../vocabulary/labels.js';
import { RELATIONSHIP_STAGES } from '../vocabulary/ladder.js';
import { STANCE_WORDS_IN_ORDER } from '../vocabulary/stance.js';
import { CHANGED_COLOUR, GROUP_FILL, type NodeShapeGroup, PROPOSED_TIE_STYLE, SHAPE_LABELS, STANCE_COLOURS, TIE_STYLES, stageRing } from './encoding.js';
import { tr } from '../i18n/intl.js';

const GLYPHS: Record<NodeShapeGroup, string> = {
  person: '',
  care: '',
  authority: 'M3 4 Q9 1 15 4 L15 14 Q9 17 3 14 Z',
  trade: 'M5 3 L13 3 L16 6 L16 12 L13 15 L5 15 L2 12 L2 6 Z',
  academia: 'M2 3 L12 3 L16 9 L12 15 L2 15 Z',
  company: 'M9 1 L11.2 6.5 L17 6.8 L12.5 10.5 L14 16 L9 13 L4 16 L5.5 10.5 L1 6.8 L6.8 6.5 Z',
  committee: 'M9 1 L17 9 L9 17 L1 9 Z',
  tender: 'M5 2 L13 2 L17 9 L13 16 L5 16 L1 9 Z',
};

export function ShapeGlyph({ group, fill, stroke = '#6b7280' }: { group: NodeShapeGroup; fill?: string; stroke?: string }) {
  const colour = fill ?? (group === 'person' ? STANCE_COLOURS.neutral : GROUP_FILL[group]);
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {group === 'person' && <circle cx="9" cy="9" r="7" fill={colour} stroke={stroke} />}
      {group === 'care' && <rect x="2" y="3" width="14" height="12" rx="3" fill={colour} stroke={stroke} />}
      {GLYPHS[group] && <path d={GLYPHS[group]} fill={colour} stroke={stroke} />}
    </svg>
  );
}

function TieSample({ type }: { type: TieType }) {
  const s = TIE_STYLES[type]!;
  const dash = s.line === 'dashed' ? '5 3' : s.line === 'dotted' ? '1.5 2.5' : undefined;
  const width = type === 'INFLUENCES' ? 3 : 1.6;
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
      <line x1="1" y1="6" x2={s.arrow ? 26 : 33} y2="6" stroke={s.colour} strokeWidth={width} strokeDasharray={dash} />
      {s.arrow && <path d="M25 2 L33 6 L25 10 Z" fill={s.colour} />}
    </svg>
  );
}

/** A proposed tie as the map draws it: the long orange dashes and a hollow arrow. */
function ProposedSample() {
  const { colour, dash, width } = PROPOSED_TIE_STYLE;
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
      <line x1="1" y1="6" x2="26" y2="6" stroke={colour} strokeWidth={width} strokeDasharray={dash.join(' ')} />
      <path d="M26 2.5 L32.5 6 L26 9.5 Z" fill="#ffffff" stroke={colour} strokeWidth="1.2" />
    </svg>
  );
}

/**
 * `changed`: what the map marks as changed, when it does (its words come from the caller);
 * `proposed`: the map draws the ties the evidence proposes.
 */
export function Legend({ visibleTies, changed = null, proposed = false }: { visibleTies: readonly TieType[]; changed?: string | null; proposed?: boolean }) {
  return (
    <section className="legend" aria-label={tr('legend.label')}>
      {changed && (
        <ul className="legend-list" data-testid="legend-changed">
          <li>
            <svg width="34" height="18" viewBox="0 0 34 18" aria-hidden="true">
              <circle cx="9" cy="9" r="5" fill={STANCE_COLOURS.neutral} stroke={CHANGED_COLOUR} strokeWidth="3" />
              <line x1="17" y1="9" x2="33" y2="9" stroke={CHANGED_COLOUR} strokeWidth="3" />
            </svg>
            {changed}
          </li>
        </ul>
      )}
      <h3>{tr('filters.stance')}</h3>
      <ul className="legend-list">
        {STANCE_WORDS_IN_ORDER.map((w) => (
          <li key={w} title={STANCE_MEANINGS[w]}>
            <ShapeGlyph group="person" fill={STANCE_COLOURS[w]} />
            {STANCE_LABELS[w]}
          </li>
        ))}
      </ul>
      <p className="legend-note">{tr('legend.sizeAndRing')}</p>
      <ul className="legend-list legend-inline">
        {RELATIONSHIP_STAGES.map((stage) => {
          const ring = stageRing(stage);
          return (
            <li key={stage} title={RELATIONSHIP_STAGE_MEANINGS[stage]}>
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                <circle cx="9" cy="9" r={8 - ring / 2} fill={STANCE_COLOURS.neutral} stroke="#1f2937" strokeWidth={ring} />
              </svg>
              {RELATIONSHIP_STAGE_LABELS[stage]}
            </li>
          );
        })}
      </ul>
      <h3>{tr('legend.kinds')}</h3>
      <ul className="legend-list">
        {(Object.keys(SHAPE_LABELS) as NodeShapeGroup[]).map((g) => (
          <li key={g}>
            <ShapeGlyph group={g} />
            {SHAPE_LABELS[g]}
          </li>
        ))}
      </ul>
      <h3>{tr('filters.ties')}</h3>
      <ul className="legend-list">
        {(Object.keys(TIE_STYLES) as TieType[])
          .filter((t) => visibleTies.includes(t))
          .map((t) => (
            <li key={t}>
              <TieSample type={t} />
              {TIE_TYPE_LABELS[t]}
              {t === 'INFLUENCES' ? tr('legend.widthIsStrength') : ''}
            </li>
          ))}
        {proposed && (
          <li data-testid="legend-proposed">
            <ProposedSample />
            {tr('legend.proposed')}
          </li>
        )}
      </ul>
    </section>
  );
}
