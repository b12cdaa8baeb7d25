import { stanceWord } from '../vocabulary/stance.js';
import { STANCE_COLOURS } from './encoding.js';

/** A colour sample beside a name: a square, or a dot in dense lists. */
export function Swatch({ colour, dot = false, title }: { colour: string; dot?: boolean; title?: string }) {
  return <span className={dot ? 'swatch dot' : 'swatch'} style={{ background: colour }} title={title} />;
}

/** The stance colour of the map's people, for a stance value (-2..2, null: unknown). */
export function StanceSwatch({ stance, dot = false, title }: { stance: number | null | undefined; dot?: boolean; title?: string }) {
  return <Swatch colour={STANCE_COLOURS[stanceWord(stance)]} dot={dot} title={title} />;
}
