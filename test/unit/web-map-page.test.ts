// The map page's pieces that hold no React: its store, the answers the panels light on the
// map (layers), and the links other pages use to open the map.
import { describe, expect, it } from 'vitest';
import { answersFromLayers } from '../../web/src/features/influence-map/map-layers.js';
import { EMPTY_HIGHLIGHT, EdgeIndex, USER_NODE_ID } from '../../web/src/features/influence-map/overlays.js';
import { createMapStore } from '../../web/src/features/influence-map/state/map-store.js';
import { DEFAULT_VIEW, decodeViewState, encodeViewState, mapNodeHref, mapScopeHref, mapTenderHref } from '../../web/src/shared/urls/map-view.js';
import { smallView } from './web-fixtures/small-view.js';

const present = new Set(smallView.nodes.map((n) => n.id));
const index = new EdgeIndex(smallView.edges);

describe('the map page store', () => {
  it('starts empty and sets and clears what the panels light', () => {
    const store = createMapStore();
    const { actions } = store.getState();
    expect(store.getState()).toMatchObject({ hover: null, selectedEdge: null, layers: {}, reachIndex: 0, maxHops: 4, drawn: false });
    actions.setHover(['p1']);
    actions.setLayer('reach', { chains: [['p3', 'p1']] });
    actions.setLayer('shapers', { tender: { id: 't1', paths: [['p1', 'p2']] } });
    expect(store.getState().hover).toEqual(['p1']);
    expect(Object.keys(store.getState().layers).sort()).toEqual(['reach', 'shapers']);
    actions.setLayer('reach', null);
    expect(Object.keys(store.getState().layers)).toEqual(['shapers']);
  });

  it('does not notify when clearing a layer that is not there', () => {
    const store = createMapStore();
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.getState().actions.setLayer('recommended', null);
    expect(calls).toBe(0);
  });

  it('gives each page its own store', () => {
    const a = createMapStore();
    const b = createMapStore();
    a.getState().actions.say('Tie added.');
    expect(b.getState().message).toBeNull();
  });
});

describe('answers lit on the map by the panels', () => {
  it('lights nothing without layers', () => {
    expect(answersFromLayers({}, index, present)).toEqual({ highlight: EMPTY_HIGHLIGHT, uncovered: [], fitKey: null, changed: [], proposed: [] });
  });

  it('merges the shapers’ paths, an introduction path from the user and the ringed members', () => {
    const answers = answersFromLayers(
      {
        shapers: { tender: { id: 't1', paths: [['p1', 'p2']] }, fitKey: 'shapers:t1:1' },
        reach: { chains: [['p4', 'p1']], fromUser: { id: 'user-kam', name: 'Tomás' }, tieTypes: ['RELATES'], fitKey: 'reach:p1:0:1' },
        'decision-group': { uncovered: ['p3'] },
      },
      index,
      present,
    );
    expect(answers.highlight.nodeIds.sort()).toEqual(['p1', 'p2', 'p4', 't1']);
    expect(answers.highlight.edgeIds.sort()).toEqual(['INFLUENCES|p1|p2|', 'ROLE_IN|p2|t1|']);
    expect(answers.highlight.overlay.map((e) => e.data.id)).toContain(USER_NODE_ID);
    expect(answers.uncovered).toEqual(['p3']);
    // The introduction path asked to be brought into view before the shapers did.
    expect(answers.fitKey).toBe('reach:p1:0:1');
  });

  it('draws proposed ties between two people on the map, and lights nothing for them', () => {
    const tie = (id: string, source: string, target: string, type = 'KNOWS') => ({ id, source, target, type, strength: 0.4, confidence: 0.75 });
    const answers = answersFromLayers(
      { proposed: { proposed: [tie('s1', 'p1', 'p3'), tie('s2', 'p2', 'ghost'), tie('s3', 'p3', 'p2', 'INFLUENCES'), tie('s1', 'p1', 'p3')], proposedTotal: 7 } },
      index,
      present,
    );
    // Someone the map does not draw (outside the scope, gone in a what-if): no edge to nowhere.
    expect(answers.proposed.map((e) => e.data.id)).toEqual(['proposed:s1', 'proposed:s3']);
    expect(answers.proposed[1]).toMatchObject({ group: 'edges', classes: 'proposed', data: { source: 'p3', target: 'p2', type: 'INFLUENCES', proposal: 's3', confidence: 0.75 } });
    expect(answers.highlight).toEqual(EMPTY_HIGHLIGHT);
    expect(answers.fitKey).toBeNull();
  });

  it('brings recommendations into view first', () => {
    const answers = answersFromLayers({ reach: { chains: [['p1']], fitKey: 'reach' }, recommended: { chains: [['p3', 'p1']], fitKey: 'recommended:p3>p1' } }, index, present);
    expect(answers.fitKey).toBe('recommended:p3>p1');
    expect(answers.highlight.edgeIds).toEqual(['INFLUENCES|p3|p1|']);
  });
});

describe('what changed, marked on the map', () => {
  it('marks the changed people on the map and their ties, without lighting a path or fitting the view', () => {
    const answers = answersFromLayers({ changed: { changed: { people: ['p1', 'someone-elsewhere'], ties: ['INFLUENCES|p1|p2|'] } } }, index, present);
    expect(answers.changed).toEqual(['p1', 'INFLUENCES|p1|p2|']);
    expect(answers.highlight).toBe(EMPTY_HIGHLIGHT);
    expect(answers.fitKey).toBeNull();
  });

  it('keeps the choice in the URL', () => {
    expect(decodeViewState('?changed=since-last-read').changed).toBe('since-last-read');
    expect(decodeViewState('?changed=last-30-days').changed).toBe('last-30-days');
    expect(decodeViewState('?changed=yesterday').changed).toBeNull();
  });
});

describe('links to the map', () => {
  it('opens a person, a tender or a scope with the view the map reads back', () => {
    expect(mapNodeHref('person-00009')).toBe('/?node=person-00009&tab=person');
    expect(mapTenderHref('tender-north-1')).toBe('/?tender=tender-north-1&tab=tender&shapers=1');
    expect(mapScopeHref({ kind: 'institution', id: 'hospital-north-2' })).toBe('/?scope=institution:hospital-north-2');
    expect(decodeViewState(mapTenderHref('tender-north-1').slice(1))).toEqual({ ...DEFAULT_VIEW, tender: 'tender-north-1', tab: 'tender', shapers: true });
  });
});

describe('the proposed-ties layer in the URL', () => {
  it('is off by default and kept as proposed=1 when on, like the other layers', () => {
    expect(DEFAULT_VIEW.proposed).toBe(false);
    const on = encodeViewState({ ...DEFAULT_VIEW, scope: { kind: 'territory', id: 'territory-north' }, proposed: true });
    expect(on).toBe('?scope=territory:territory-north&proposed=1');
    expect(decodeViewState(on).proposed).toBe(true);
    expect(decodeViewState('?proposed=yes').proposed).toBe(false);
  });
});
