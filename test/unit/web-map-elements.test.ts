import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyElements, setClassOn } from '../../web/src/features/influence-map/apply-elements.js';
import { COALITION_PREFIX, PROPOSED_PREFIX, proposalIdOf, proposedEdgeElement, shortLabel, toElements } from '../../web/src/features/influence-map/to-elements.js';
import { computeVisibility } from '../../web/src/features/influence-map/visibility.js';
import { humanize } from '../../web/src/shared/format.js';
import { DEFAULT_VISIBLE_TIES, NO_STAGE } from '../../web/src/shared/urls/map-view.js';
import { SHAPE_LABELS, STANCE_COLOURS, influenceWidth, personSize, shapeGroup, stageRing } from '../../web/src/shared/visual-encoding/encoding.js';
import { stanceWord } from '../../web/src/shared/vocabulary/stance.js';
import { nodeKindLabel, personCategoryLabel } from '../../web/src/shared/vocabulary/words.js';
import { labelScale, mapStylesheet, scaleLabels } from '../../web/src/shared/visual-encoding/map-style.js';
import { smallView } from './web-fixtures/small-view.js';

const byId = (els: ReturnType<typeof toElements>) => new Map(els.map((e) => [String(e.data.id), e]));

describe('visual encoding', () => {
  it('reads a mean stance to the nearest step, unknown when missing', () => {
    expect([-2, -1.6, -0.4, 0.49, 0.5, 1.5, 2, 7].map(stanceWord)).toEqual(['opposed', 'opposed', 'neutral', 'neutral', 'favourable', 'preferring', 'preferring', 'preferring']);
    expect(stanceWord(-1)).toBe('sceptical');
    expect(stanceWord(null)).toBe('unknown');
    expect(stanceWord(Number.NaN)).toBe('unknown');
  });

  it('rings people by our stage on the ladder: none without a stage, wider per step', () => {
    expect([stageRing(null), stageRing('CONTACT'), stageRing('ACQUAINTANCE'), stageRing('LOYALTY'), stageRing('NEAR_FRIENDLY')]).toEqual([0, 1.5, 3, 4.5, 6]);
  });

  it('sizes people by power (by area) and widens influence with strength', () => {
    expect(personSize(0)).toBe(18);
    expect(personSize(1)).toBe(64);
    expect(personSize(0.25)).toBe(41);
    expect(influenceWidth(0)).toBe(0.5);
    expect(influenceWidth(1)).toBe(5);
    expect(influenceWidth(0.5)).toBeLessThan((influenceWidth(0) + influenceWidth(1)) / 2);
  });

  it('groups institution kinds into a few shapes (the map sends a kind as a String, in either case)', () => {
    expect(shapeGroup('Institution', 'DEPARTMENT')).toBe('care');
    expect(shapeGroup('Institution', 'INSURANCE_FUND')).toBe('authority');
    expect(shapeGroup('Institution', 'state_warehouse')).toBe('trade');
    expect(shapeGroup('Institution', 'COMPANY')).toBe('company');
    expect(shapeGroup('Committee', 'formulary')).toBe('committee');
    expect(SHAPE_LABELS.care).toBe('Hospital, clinic, department, local health unit');
    expect(personCategoryLabel('KOL')).toBe('KOL');
    expect(personCategoryLabel('distributor_manager')).toBe('Distributor manager');
    expect(nodeKindLabel('Institution', 'PHARMACY_CHAIN')).toBe('Pharmacy chain');
    expect(nodeKindLabel('Committee', 'hospital_formulary')).toBe('Hospital formulary');
    expect(humanize('hospital_formulary')).toBe('Hospital formulary');
  });
});

describe('toElements (API data -> Cytoscape elements)', () => {
  const els = toElements(smallView);
  const map = byId(els);

  it('draws every node and only the ties whose ends are on the map', () => {
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(10);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(10);
    expect(map.has('INFLUENCES|p1|ghost|')).toBe(false);
    // Nodes come before edges so that Cytoscape can resolve the ends.
    const firstEdge = els.findIndex((e) => e.group === 'edges');
    expect(els.slice(firstEdge).every((e) => e.group === 'edges')).toBe(true);
  });

  it('encodes a person: colour by stance, size by power, ring by stage, shape by kind', () => {
    const p1 = map.get('p1')!;
    expect(p1.data).toMatchObject({ colour: STANCE_COLOURS.preferring, size: 64, ring: 4.5, shape: 'ellipse', stanceBucket: 'preferring', stage: 'LOYALTY', display: 'Ana Chair' });
    expect(map.get('p3')!.data).toMatchObject({ ring: 0, stage: '' });
    expect(p1.classes).toBe('person top');
    expect(map.get('p4')!.classes).toContain('opted-out');
    expect(map.get('p3')!.data.colour).toBe(STANCE_COLOURS.neutral);
    expect(map.get('p4')!.data.colour).toBe(STANCE_COLOURS.unknown);
  });

  it('gives institutions a muted fill, a shape by kind and a shortened label', () => {
    expect(map.get('h1')!.data).toMatchObject({ shape: 'round-rectangle', display: shortLabel('Regional Clinical Hospital No. 1 With A Very Long Name') });
    expect(String(map.get('h1')!.data.display)).toHaveLength(30);
    expect(map.get('co')!.data.shape).toBe('star');
    expect(map.get('c1')!.data.shape).toBe('diamond');
    expect(map.get('t1')!.data.shape).toBe('hexagon');
    // Landmarks carry a font size that the map scales with the zoom.
    expect(map.get('h1')!.data.baseFont).toBe(11);
    expect(map.get('d1')!.data.baseFont).toBeUndefined();
  });

  it('styles ties by type: influence width by strength, bridges between coalitions marked', () => {
    const strong = map.get('INFLUENCES|p1|p2|')!;
    expect(strong.data).toMatchObject({ type: 'INFLUENCES', width: 4.1, strength: 0.9 });
    expect(strong.classes).toBe('influences');
    expect(map.get('INFLUENCES|p3|p1|')!.classes).toBe('influences bridge');
    expect(map.get('MEMBER_OF|p1|c1|')!.classes).toBe('member-of');
  });

  it('puts people into coalition groups only when asked', () => {
    expect(els.some((e) => String(e.data.id).startsWith(COALITION_PREFIX))).toBe(false);
    const grouped = byId(toElements(smallView, { groups: true }));
    expect(grouped.get(`${COALITION_PREFIX}0`)!.data.display).toBe('Coalition 1 · 2 people · leans to us');
    expect(grouped.get('p3')!.data.parent).toBe(`${COALITION_PREFIX}1`);
    expect(grouped.get('h1')!.data.parent).toBeUndefined();
  });
});

describe('filters (visibility)', () => {
  const all = { ties: [...DEFAULT_VISIBLE_TIES, 'KNOWS' as const], minStrength: 0, stages: [], stances: [], kinds: [] };

  it('hides nothing without filters', () => {
    const v = computeVisibility(smallView, all);
    expect(v.hiddenNodes.size).toBe(0);
    expect(v.visiblePeople).toBe(4);
  });

  it('hides tie types, weak ties, and people by stage or stance (with their ties)', () => {
    expect([...computeVisibility(smallView, { ...all, ties: ['INFLUENCES'] }).hiddenEdges]).toContain('KNOWS|p2|p3|');
    const weak = computeVisibility(smallView, { ...all, minStrength: 0.4 });
    expect(weak.hiddenEdges.has('INFLUENCES|p3|p1|')).toBe(true);
    expect(weak.hiddenEdges.has('INFLUENCES|p1|p2|')).toBe(false);
    expect(weak.hiddenEdges.has('WORKS_AT|p1|d1|')).toBe(false);
    const loyal = computeVisibility(smallView, { ...all, stages: ['LOYALTY'] });
    expect([...loyal.hiddenNodes].sort()).toEqual(['p2', 'p3', 'p4']);
    expect(loyal.hiddenEdges.has('INFLUENCES|p1|p2|')).toBe(true);
    expect(loyal.visiblePeople).toBe(1);
    expect([...computeVisibility(smallView, { ...all, stances: ['unknown', 'sceptical'] }).hiddenNodes].sort()).toEqual(['p1', 'p3']);
    // No stage at all is a filter value of its own.
    expect([...computeVisibility(smallView, { ...all, stages: [NO_STAGE] }).hiddenNodes].sort()).toEqual(['p1', 'p2', 'p4']);
  });

  it('keeps the people working at institutions of a kind, a department counting as its hospital', () => {
    const v = computeVisibility(smallView, { ...all, kinds: ['HOSPITAL'] });
    expect([...v.hiddenNodes].sort()).toEqual(['co', 'p3', 'p4', 'ph1']);
    // A kind the API writes in lower case is read the same.
    const lower = { ...smallView, nodes: smallView.nodes.map((n) => (n.label === 'Institution' ? { ...n, kind: n.kind?.toLowerCase() ?? null } : n)) };
    expect([...computeVisibility(lower, { ...all, kinds: ['HOSPITAL'] }).hiddenNodes].sort()).toEqual(['co', 'p3', 'p4', 'ph1']);
  });
});

describe('the stylesheet on a headless Cytoscape', () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStylesheet(), elements: toElements(smallView) });

  it('maps data to style and applies state classes', () => {
    const p1 = cy.getElementById('p1');
    expect(p1.style('width')).toBe('64px');
    expect(p1.style('background-color')).toBe('rgb(94,60,153)');
    expect(cy.getElementById('c1').style('shape')).toBe('diamond');
    expect(cy.getElementById('INFLUENCES|p1|p2|').style('target-arrow-shape')).toBe('triangle');
    expect(cy.getElementById('KNOWS|p2|p3|').style('line-style')).toBe('dotted');
    setClassOn(cy, 'hidden', ['p3']);
    expect(cy.getElementById('p3').style('display')).toBe('none');
    setClassOn(cy, 'hidden', []);
    expect(cy.getElementById('p3').style('display')).toBe('element');
  });

  it('scales landmark labels up as the map zooms out', () => {
    expect(labelScale(2)).toBe(1);
    expect(labelScale(0.5)).toBe(2);
    expect(labelScale(0.01)).toBe(4);
    cy.zoom(0.5);
    scaleLabels(cy);
    expect(cy.getElementById('p1').data('fontSize')).toBe(26);
    expect(cy.getElementById('h1').data('fontSize')).toBe(22);
  });
});

describe('applyElements (diff by id in one batch)', () => {
  it('adds, removes and updates in place, keeping positions and state classes', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStylesheet() });
    const first = applyElements(cy, toElements(smallView));
    expect(first.added).toHaveLength(20);
    expect(first.freshNodes).toHaveLength(10);
    cy.getElementById('p1').position({ x: 123, y: 45 });
    cy.getElementById('p1').addClass('highlight');

    // A refetch where p4 left, p2's stance changed and a new tie appeared.
    const next = {
      ...smallView,
      nodes: smallView.nodes.filter((n) => n.id !== 'p4').map((n) => (n.id === 'p2' ? { ...n, stance: 2 } : n)),
      edges: [...smallView.edges, { ...smallView.edges[0]!, id: 'KNOWS|p1|p3|', type: 'KNOWS' as const, target: 'p3', strength: 0.4 }],
    };
    const second = applyElements(cy, toElements(next));
    expect(second.removed.sort()).toEqual(['WORKS_AT|p4|ph1|', 'p4']);
    expect(second.added).toEqual(['KNOWS|p1|p3|']);
    expect(second.updated).toContain('p2');
    expect(second.updated).not.toContain('p1');
    expect(cy.getElementById('p2').data('colour')).toBe(STANCE_COLOURS.preferring);
    expect(cy.getElementById('p1').position()).toEqual({ x: 123, y: 45 });
    expect(cy.getElementById('p1').hasClass('highlight')).toBe(true);

    // Same data again: nothing changes.
    const third = applyElements(cy, toElements(next));
    expect(third).toMatchObject({ added: [], removed: [], updated: [] });
  });

  it('moves people into and out of coalition groups without losing their place', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStylesheet() });
    applyElements(cy, toElements(smallView));
    cy.getElementById('p3').position({ x: 10, y: 20 });
    applyElements(cy, toElements(smallView, { groups: true }));
    expect(cy.getElementById('p3').parent().first().id()).toBe(`${COALITION_PREFIX}1`);
    expect(cy.getElementById('p3').position()).toEqual({ x: 10, y: 20 });
    expect(cy.getElementById('p3').hasClass('person')).toBe(true);
    applyElements(cy, toElements(smallView));
    expect(cy.getElementById('p3').parent().empty()).toBe(true);
    expect(cy.getElementById(`${COALITION_PREFIX}1`).empty()).toBe(true);
    expect(cy.getElementById('p3').position()).toEqual({ x: 10, y: 20 });
  });
});

describe('proposed ties on the map', () => {
  const proposed = (id: string, source: string, target: string, type: string) => proposedEdgeElement({ id, source, target, type, strength: 0.6, confidence: 0.5 });

  it('gives a proposed tie an id of its own that names the proposal, never a confirmed tie\'s', () => {
    const el = proposed('suggestion-abc', 'p1', 'p2', 'INFLUENCES');
    expect(el.data.id).toBe(`${PROPOSED_PREFIX}suggestion-abc`);
    expect(proposalIdOf(String(el.data.id))).toBe('suggestion-abc');
    expect(toElements(smallView).some((e) => proposalIdOf(String(e.data.id)) !== null)).toBe(false);
    expect([null, undefined, 'INFLUENCES|p1|p2|', PROPOSED_PREFIX].map(proposalIdOf)).toEqual([null, null, null, null]);
  });

  it('draws it dashed in its own colour, with a hollow arrow for influence, unlike any confirmed tie', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStylesheet(), elements: toElements(smallView) });
    cy.add([proposed('s1', 'p2', 'p1', 'INFLUENCES'), proposed('s2', 'p1', 'p3', 'KNOWS')]);
    const influence = cy.getElementById('proposed:s1');
    const knows = cy.getElementById('proposed:s2');
    expect(influence.style('line-style')).toBe('dashed');
    expect(influence.style('target-arrow-fill')).toBe('hollow');
    expect(knows.style('line-style')).toBe('dashed');
    expect(knows.style('target-arrow-shape')).toBe('none');
    const confirmed = cy.edges().filter((e) => !e.hasClass('proposed'));
    const proposedColour = influence.style('line-color');
    expect(knows.style('line-color')).toBe(proposedColour);
    expect(confirmed.every((e) => e.style('line-color') !== proposedColour)).toBe(true);
    expect(cy.getElementById('INFLUENCES|p1|p2|').style('line-style')).toBe('solid');
    cy.destroy();
  });
});
