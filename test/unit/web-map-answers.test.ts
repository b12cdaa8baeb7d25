import { describe, expect, it } from 'vitest';
import { rankDeltas } from '../../web/src/features/balance-of-power/components/PowerRanking.js';
import { AFFECTED_QUERIES } from '../../web/src/shared/graphql/affected-queries.js';
import { csvCell, exportFileName, selectionToCsv } from '../../web/src/features/export/to-csv.js';
import { coalitionLayout, forceIsland, packIslands } from '../../web/src/features/influence-map/coalition-layout.js';
import { coverage, hashString, loadPositions, savePositions, seededRandom } from '../../web/src/features/influence-map/layout.js';
import { EdgeIndex, USER_NODE_ID, chainHighlight, mergeHighlights, shaperHighlight } from '../../web/src/features/influence-map/overlays.js';
import { toElements } from '../../web/src/features/influence-map/to-elements.js';
import { monthsBetween, shiftMonths } from '../../web/src/shared/dates.js';
import { numberOrNull, splitFieldErrors } from '../../web/src/shared/forms/field-errors.js';
import { normalise, searchMatches, type SearchCandidate } from '../../web/src/shared/ui/SearchBox.js';
import { smallView } from './web-fixtures/small-view.js';

const present = new Set(smallView.nodes.map((n) => n.id));
const index = new EdgeIndex(smallView.edges);

describe('answers lit on the map', () => {
  it('lights a chain: its people and the tie between each two, influence preferred', () => {
    const h = chainHighlight([['p3', 'p1', 'p2']], index, present);
    expect(h.nodeIds).toEqual(['p3', 'p1', 'p2']);
    expect(h.edgeIds).toEqual(['INFLUENCES|p3|p1|', 'INFLUENCES|p1|p2|']);
    expect(h.overlay).toEqual([]);
  });

  it('draws a dashed overlay for a step the map holds no tie for, and "You" for a user start', () => {
    const h = chainHighlight([['p4', 'p1']], index, present, { fromUser: { id: 'user-kam', name: 'Tomás' }, tieTypes: ['RELATES', 'COLLEAGUE'] });
    expect(h.edgeIds).toEqual([]);
    expect(h.overlay.map((e) => e.data.id)).toEqual([USER_NODE_ID, 'overlay:p4|p1', `${USER_NODE_ID}|p4`]);
    expect(h.overlay[0]!.data.display).toBe('You');
  });

  it('skips people who are not on the map', () => {
    expect(chainHighlight([['p1', 'nobody', 'p2']], index, present).edgeIds).toEqual(['INFLUENCES|p1|p2|']);
  });

  it('lights spec shapers up to the tender: direct roles, or through the drafting committee', () => {
    const direct = shaperHighlight([['p1', 'p2']], 't1', index, present);
    expect(direct.nodeIds.sort()).toEqual(['p1', 'p2', 't1']);
    expect(direct.edgeIds.sort()).toEqual(['INFLUENCES|p1|p2|', 'ROLE_IN|p2|t1|']);
    const viaCommittee = shaperHighlight([['p3', 'p1']], 't1', index, present);
    expect(viaCommittee.nodeIds.sort()).toEqual(['c1', 'p1', 'p3', 't1']);
    expect(viaCommittee.edgeIds.sort()).toEqual(['DRAFTS|c1|t1|', 'INFLUENCES|p3|p1|', 'MEMBER_OF|p1|c1|']);
    const merged = mergeHighlights(direct, viaCommittee);
    expect(merged.nodeIds.sort()).toEqual(['c1', 'p1', 'p2', 'p3', 't1']);
  });
});

describe('CSV export of a selection', () => {
  it('writes the nodes and only the ties among them', () => {
    const csv = selectionToCsv(smallView.nodes.filter((n) => ['p1', 'p2', 'c1'].includes(n.id)), smallView.edges);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('record,id,type,name,kind,power,rank,stance,stage,coalition,from,to,strength,role,basis,domain,since,until,source,confidence');
    // The API's values as they come: enum names for stage and basis.
    expect(lines[1]).toBe('node,p1,Person,Ana Chair,KOL,1,1,1.6,LOYALTY,1,,,,,,,,,,');
    expect(lines.filter((l) => l.startsWith('tie,'))).toEqual([
      'tie,INFLUENCES|p1|p2|,INFLUENCES,,,,,,,,p1,p2,0.9,,SCIENCE,area-oncology,,,,',
      'tie,MEMBER_OF|p1|c1|,MEMBER_OF,,,,,,,,p1,c1,,chair,,,,,,',
    ]);
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('Hospital, "North"')).toBe('"Hospital, ""North"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.123456)).toBe('0.1235');
    expect(exportFileName('territory-north', '2026-11-27', 'png')).toBe('kamgraph-territory-north-2026-11-27.png');
  });
});

describe('layout', () => {
  it('packs islands in rows without overlap, centred', () => {
    const slots = packIslands(
      [
        { key: 'a', width: 100, height: 80, weight: 3 },
        { key: 'b', width: 60, height: 40, weight: 2 },
        { key: 'c', width: 50, height: 50, weight: 1 },
      ],
      10,
      1,
    );
    const boxes = [...slots].map(([key, p]) => ({ key, ...p }));
    expect(boxes).toHaveLength(3);
    const size: Record<string, [number, number]> = { a: [100, 80], b: [60, 40], c: [50, 50] };
    for (const x of boxes)
      for (const y of boxes) {
        if (x.key >= y.key) continue;
        const overlap = x.x < y.x + size[y.key]![0] && y.x < x.x + size[x.key]![0] && x.y < y.y + size[y.key]![1] && y.y < x.y + size[x.key]![1];
        expect(overlap, `${x.key} and ${y.key} overlap`).toBe(false);
      }
  });

  it('lays a map out as separate coalition islands, identically for the same seed', () => {
    const run = () => coalitionLayout(toElements(smallView), seededRandom(hashString('territory:test')), 1);
    const a = run();
    const b = run();
    for (const n of smallView.nodes) {
      expect(a[n.id], n.id).toBeDefined();
      expect(a[n.id]).toEqual(b[n.id]);
    }
    const box = (ids: string[]) => {
      const xs = ids.map((id) => a[id]!.x);
      const ys = ids.map((id) => a[id]!.y);
      return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
    };
    const c0 = box(['p1', 'p2']);
    const c1 = box(['p3', 'p4']);
    const apart = c0.x2 < c1.x1 || c1.x2 < c0.x1 || c0.y2 < c1.y1 || c1.y2 < c0.y1;
    expect(apart).toBe(true);
    // Institutions overlap no person.
    const h1 = a.h1!;
    for (const id of ['p1', 'p2', 'p3', 'p4']) {
      const p = a[id]!;
      expect(Math.hypot(p.x - h1.x, p.y - h1.y)).toBeGreaterThan(20);
    }
  });

  it('lays out islands of a few hundred people (d3-force) without overlapping discs, the same for the same seed', () => {
    const random = seededRandom(3);
    const n = 300;
    const radii = Array.from({ length: n }, () => 9 + random() * 23);
    const edges = Array.from({ length: 700 }, () => ({ source: Math.floor(random() * n), target: Math.floor(random() * n), weight: 1 })).filter((e) => e.source !== e.target);
    const { x, y } = forceIsland(radii, edges, seededRandom(5));
    const again = forceIsland(radii, edges, seededRandom(5));
    expect([...again.x]).toEqual([...x]);
    let overlaps = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!) < (radii[i]! + radii[j]!) * 0.9) overlaps += 1;
    expect(overlaps).toBeLessThanOrEqual(3);
    // Compact: about as wide as a disc holding the nodes a tie length apart.
    const width = Math.max(...x) - Math.min(...x);
    expect(width).toBeLessThan(Math.sqrt(n) * 55 * 2);
  });

  it('keeps positions per scope in storage and measures how many it knows', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    savePositions('territory:t', { a: { x: 1.4, y: 2.6 } }, storage);
    expect(loadPositions('territory:t', storage)).toEqual({ a: { x: 1, y: 3 } });
    expect(loadPositions('other', storage)).toEqual({});
    store.set('kamgraph.layout.bad', '{not json');
    expect(loadPositions('bad', storage)).toEqual({});
    expect(coverage(['a', 'b'], { a: { x: 0, y: 0 } })).toBe(0.5);
    expect(seededRandom(7)()).toBe(seededRandom(7)());
  });
});

describe('small helpers', () => {
  it('finds people by name without accents, people and the powerful first', () => {
    const candidates: SearchCandidate[] = [
      { id: 'x', name: 'Sérgio Oliveira', label: 'Person', rank: 9 },
      { id: 'y', name: 'Sergio Institute', label: 'Institution', rank: null },
      { id: 'z', name: 'Sergiu Pop', label: 'Person', rank: 2 },
    ];
    expect(normalise('Sérgio')).toBe('sergio');
    expect(searchMatches(candidates, 'sergi').map((c) => c.id)).toEqual(['z', 'x', 'y']);
    expect(searchMatches(candidates, 's')).toEqual([]);
  });

  it('moves dates by months for the time slider', () => {
    expect(shiftMonths('2026-11-27', -12)).toBe('2025-11-27');
    expect(shiftMonths('2026-01-31', -1)).toBe('2025-12-28');
    expect(shiftMonths('2026-11-27', 2)).toBe('2027-01-27');
    expect(monthsBetween('2026-11-27', '2024-11-01')).toBe(-24);
  });

  it('puts field errors next to their fields and the rest on top', () => {
    const split = splitFieldErrors(
      [
        { field: 'input.strength', message: 'must be from 0 to 1' },
        { field: 'input.to', message: 'no node with id "x"' },
        { field: 'input.weird', message: 'unknown' },
      ],
      ['strength', 'to'],
    );
    expect(split.byField).toEqual({ strength: 'must be from 0 to 1', to: 'no node with id "x"' });
    expect(split.general).toEqual(['input.weird: unknown']);
    expect(numberOrNull(' ')).toBeNull();
    expect(numberOrNull('0.7')).toBe(0.7);
    expect(AFFECTED_QUERIES).toContain('GraphView');
  });

  it('shows how the what-if moves ranks', () => {
    const deltas = rankDeltas(
      [
        { rank: 1, person: { id: 'a' } },
        { rank: 2, person: { id: 'b' } },
        { rank: 3, person: { id: 'c' } },
      ],
      [
        { rank: 1, person: { id: 'b' } },
        { rank: 2, person: { id: 'c' } },
        { rank: 3, person: { id: 'd' } },
      ],
    );
    expect(Object.fromEntries(deltas)).toEqual({ b: 1, c: 1, d: 'new' });
  });
});
