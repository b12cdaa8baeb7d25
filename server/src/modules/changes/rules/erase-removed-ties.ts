import { personalProperties } from '../../graph/model.js';

/**
 * A change-log entry keeps each tie it deleted as JSON (`{type, from, to, props}`), so the
 * feed can tell the tie ended. When one end is a person being erased, the tie's personal
 * properties (a tie's source, for instance) go; what the feed needs (type, ends, dates) stays.
 * Returns the rewritten list, or null when nothing in it changes.
 */
export function withoutPersonalProps(removed: readonly string[], personId: string): string[] | null {
  let changed = false;
  const rewritten = removed.map((json) => {
    const tie = parse(json);
    if (!tie || (tie.from !== personId && tie.to !== personId)) return json;
    const personal = new Set(personalProperties('tie', tie.type));
    const props = Object.fromEntries(Object.entries(tie.props ?? {}).filter(([key]) => !personal.has(key)));
    if (Object.keys(props).length === Object.keys(tie.props ?? {}).length) return json;
    changed = true;
    return JSON.stringify({ ...tie, props });
  });
  return changed ? rewritten : null;
}

interface RemovedTie {
  type: string;
  from: string;
  to: string;
  props?: Record<string, unknown>;
}

function parse(json: string): RemovedTie | null {
  try {
    const value = JSON.parse(json) as Partial<RemovedTie>;
    return typeof value.type === 'string' && typeof value.from === 'string' && typeof value.to === 'string' ? (value as RemovedTie) : null;
  } catch {
    return null;
  }
}
