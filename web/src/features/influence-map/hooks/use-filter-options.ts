import { useMemo, useRef } from 'react';
import type { GraphView } from './use-graph-view.js';

/** What the filters offer: therapeutic areas (from the ties' domains) and institution kinds (from the nodes). */
export function useFilterOptions(data: GraphView | null, tieDetails: readonly { domain?: string | null }[] | null, area: string | null) {
  // Areas come from the ties' domains (there is no list query yet); once seen, kept.
  const seenAreas = useRef(new Set<string>());
  const areas = useMemo(() => {
    for (const e of tieDetails ?? []) if (e.domain && /^area-/.test(e.domain)) seenAreas.current.add(e.domain);
    if (area) seenAreas.current.add(area);
    return [...seenAreas.current].sort();
  }, [tieDetails, area]);
  const institutionKinds = useMemo(
    () => [...new Set((data?.nodes ?? []).filter((n) => n.label === 'Institution' && n.kind).map((n) => n.kind!))].sort(),
    [data],
  );
  return { areas, institutionKinds };
}
