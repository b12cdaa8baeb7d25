// The map's stylesheet. Visual values come from element data (computed by to-elements), so
// these rules are few; state classes (hidden, faded, highlight, path ...) are layered on top.
import type { Core, StylesheetJson } from 'cytoscape';
import { CHANGED_COLOUR, PATH_COLOUR, PROPOSED_TIE_STYLE, SELECTED_COLOUR, TIE_STYLES, UNCOVERED_COLOUR } from './encoding.js';

/**
 * Landmark labels keep about their base size on screen when zoomed out (up to 4x), and grow
 * normally when zoomed in. Only landmarks carry `fontSize`, so this touches a few dozen nodes.
 */
export function labelScale(zoom: number): number {
  return zoom >= 1 ? 1 : Math.min(4, 1 / zoom);
}

export function scaleLabels(cy: Core): void {
  const scale = labelScale(cy.zoom());
  const nodes = cy.nodes('[baseFont]');
  cy.batch(() => {
    nodes.forEach((n) => {
      const size = Math.round(Number(n.data('baseFont')) * scale * 10) / 10;
      if (n.data('fontSize') !== size) n.data({ fontSize: size, labelWidth: `${Math.round(150 * scale)}px` });
    });
    // People lit by an answer (a path, a search hit, the selection) are named legibly too.
    const lit = cy.nodes('.path, .highlight, :selected').filter((n) => n.data('baseFont') === undefined);
    const litIds = new Set(lit.map((n) => n.id()));
    cy.nodes('[?_litFont]').forEach((n) => {
      if (!litIds.has(n.id())) {
        n.removeStyle('font-size text-max-width');
        n.data('_litFont', false);
      }
    });
    lit.forEach((n) => {
      n.style({ 'font-size': Math.round(12 * scale * 10) / 10, 'text-max-width': `${Math.round(150 * scale)}px` });
      n.data('_litFont', true);
    });
  });
}

export function mapStylesheet(): StylesheetJson {
  const tieRules: StylesheetJson = Object.entries(TIE_STYLES).map(([type, s]) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': s.colour,
      'line-style': s.line,
      'target-arrow-shape': s.arrow ? 'triangle' : 'none',
      'target-arrow-color': s.colour,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': '#d1d5db',
        'border-width': 1,
        'border-color': '#6b7280',
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': 10,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '160px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        // Level of detail: a label is drawn only once it would be legible.
        'min-zoomed-font-size': 9,
        'text-events': 'no',
      },
    },
    // Mappings only where the data exists (coalition groups and overlays have no size).
    { selector: 'node[display]', style: { label: 'data(display)' } },
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node[shape]', style: { shape: 'data(shape)' as never } },
    { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
    {
      selector: 'node.person',
      style: {
        'border-width': 'data(ring)',
        'border-color': '#1f2937',
        // Names of the many appear only when zoomed in (rendered at >= 12 px).
        'font-size': 10,
        'min-zoomed-font-size': 12,
      },
    },
    // The strongest people are named first: a bigger font keeps them legible when zoomed out.
    { selector: 'node.person.top', style: { 'font-weight': 'bold' } },
    { selector: 'node.person[ring = 0]', style: { 'border-width': 1, 'border-color': '#6b7280' } },
    { selector: 'node.institution, node.committee, node.tender', style: { 'font-size': 10, color: '#374151', 'min-zoomed-font-size': 11 } },
    // Landmarks (the most powerful people, hospitals, authorities, companies, committees,
    // tenders) are always named: their font grows as the map zooms out (see scaleLabels).
    { selector: 'node[fontSize]', style: { 'font-size': 'data(fontSize)', 'min-zoomed-font-size': 0, 'text-max-width': 'data(labelWidth)' as never } },
    { selector: 'node[fontSize].institution', style: { 'font-weight': 'bold', color: '#4b5563' } },
    { selector: 'node.tender', style: { 'font-weight': 'bold', 'border-color': '#a0805a', 'border-width': 2 } },
    { selector: 'node.committee', style: { 'border-color': '#1b8a7a', 'border-width': 2 } },
    { selector: 'node.opted-out', style: { 'background-opacity': 0.45, 'border-style': 'dashed' } },
    {
      selector: 'node.coalition',
      style: {
        shape: 'round-rectangle',
        'background-color': 'data(colour)',
        'background-opacity': 0.06,
        'border-color': 'data(colour)',
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-opacity': 0.6,
        label: 'data(display)',
        'text-valign': 'top',
        'text-halign': 'center',
        'font-size': 13,
        'font-weight': 'bold',
        color: 'data(colour)',
        'text-background-opacity': 0,
        'min-zoomed-font-size': 5,
        padding: '18px',
      },
    },
    // The overview of a large scope: a coalition as one disc sized by its members (see
    // features/influence-map/overview.ts); once opened, a faint ring among its members.
    {
      selector: 'node.aggregate',
      style: {
        'background-opacity': 0.1,
        'border-color': 'data(colour)',
        'border-width': 2,
        'border-opacity': 0.8,
        color: '#111827',
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-margin-y': -4,
        'text-wrap': 'wrap',
        'text-background-opacity': 0.75,
      },
    },
    { selector: 'node.aggregate.expanded', style: { 'background-opacity': 0.03, 'border-style': 'dashed', 'border-width': 1.5 } },
    { selector: 'edge.aggregate-tie', style: { 'line-style': 'solid', opacity: 0.3 } },
    {
      selector: 'edge[width]',
      style: { width: 'data(width)' },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        opacity: 0.55,
        'line-color': '#c3c9d0',
      },
    },
    ...tieRules,
    // Arrows need a real curve; haystack (the fast default) cannot carry them.
    {
      selector: 'edge[type = "INFLUENCES"], edge[type = "REPORTS_TO"], edge[type = "ROLE_IN"], edge[type = "DRAFTS"], edge[type = "ISSUES"]',
      style: { 'curve-style': 'straight', 'arrow-scale': 0.8 },
    },
    // Weak influence fades into the background so that the strong ties read at a glance.
    { selector: 'edge[type = "INFLUENCES"][strength]', style: { opacity: 'mapData(strength, 0, 1, 0.06, 0.75)' as never } },
    { selector: 'edge.bridge[strength]', style: { opacity: 'mapData(strength, 0, 1, 0.03, 0.4)' as never } },
    { selector: 'edge[type = "WORKS_AT"], edge[type = "PART_OF"]', style: { opacity: 0.35 } },

    // Proposed by the evidence, not yet a tie: after the tie rules, so its own look wins.
    {
      selector: 'edge.proposed',
      style: {
        'line-color': PROPOSED_TIE_STYLE.colour,
        'line-style': 'dashed',
        'line-dash-pattern': [...PROPOSED_TIE_STYLE.dash],
        width: PROPOSED_TIE_STYLE.width,
        opacity: 0.9,
        'curve-style': 'straight',
        'target-arrow-shape': 'none',
        'z-index': 10,
      },
    },
    {
      selector: 'edge.proposed[type = "INFLUENCES"]',
      style: { 'target-arrow-shape': 'triangle', 'target-arrow-fill': 'hollow', 'target-arrow-color': PROPOSED_TIE_STYLE.colour, 'arrow-scale': 1.1 },
    },

    // States, strongest last.
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.16, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    {
      selector: 'node.uncovered',
      style: { 'outline-width': 4, 'outline-color': UNCOVERED_COLOUR, 'outline-style': 'dashed', 'outline-offset': 3 },
    },
    // Changed: marked without fading the rest (a lit path, drawn after, wins on a tie).
    {
      selector: 'node.changed',
      style: { 'outline-width': 4, 'outline-color': CHANGED_COLOUR, 'outline-style': 'double', 'outline-offset': 4, 'min-zoomed-font-size': 0, 'z-index': 15 },
    },
    {
      selector: 'edge.changed',
      style: { 'line-color': CHANGED_COLOUR, 'target-arrow-color': CHANGED_COLOUR, width: 4, opacity: 0.95, 'z-index': 15 },
    },
    {
      selector: 'node.path',
      style: {
        'outline-width': 4,
        'outline-color': PATH_COLOUR,
        'outline-offset': 2,
        // Font size: scaleLabels keeps lit names legible at any zoom.
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    {
      selector: 'edge.path',
      style: {
        'line-color': PATH_COLOUR,
        'target-arrow-color': PATH_COLOUR,
        'line-style': 'solid',
        width: 5,
        opacity: 0.95,
        'curve-style': 'straight',
        'z-index': 20,
      },
    },
    {
      selector: 'node.overlay-user',
      style: {
        shape: 'round-rectangle',
        width: 46,
        height: 26,
        'background-color': PATH_COLOUR,
        color: '#ffffff',
        label: 'data(display)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'font-weight': 'bold',
        'font-size': 11,
        'min-zoomed-font-size': 0,
        'border-width': 0,
      },
    },
    { selector: 'edge.overlay', style: { 'line-style': 'dashed', 'target-arrow-shape': 'triangle' } },
    {
      selector: 'node.highlight',
      style: { 'outline-width': 5, 'outline-color': '#f59e0b', 'outline-offset': 2, 'min-zoomed-font-size': 0, 'z-index': 30 },
    },
    { selector: 'edge.highlight', style: { opacity: 0.9 } },
    {
      selector: 'node:selected',
      style: {
        'outline-width': 5,
        'outline-color': SELECTED_COLOUR,
        'outline-offset': 2,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'z-index': 40,
      },
    },
    { selector: 'edge:selected', style: { 'line-color': SELECTED_COLOUR, 'target-arrow-color': SELECTED_COLOUR, opacity: 1, width: 4 } },
  ];
}
