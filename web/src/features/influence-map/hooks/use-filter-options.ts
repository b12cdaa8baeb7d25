import { useMemo, useRef } from 'react';
import { InstitutionKind } from '../../../gql/vocabulary.js';
import { enumValue, valuesOf } from '@shared/vocabulary/values.js';
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
  // The kinds present on the map, in the SDL's order (the map's `kind` is a String).
  const institutionKinds = useMemo(() => {
    const present = new Set((data?.nodes ?? []).filter((n) => n.label === 'Institution').map((n) => enumValue(InstitutionKind, n.kind)));
    return valuesOf(InstitutionKind).filter((k) => present.has(k));
  }, [data]);
  return { areas, institutionKinds };
}
