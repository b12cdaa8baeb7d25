// The map's stylesheet. Visual values come from element data (computed by to-elements), so
// these rules are few; state classes (hidden, faded, highlight, path ...) are layered on top.
import type { StylesheetJson } from 'cytoscape';
import { TIE_STYLES } from './visual-encoding.js';

/** Colour of lit paths (spec shapers, introductions): Okabe-Ito blue, outside the stance scale. */
export const PATH_COLOUR = '#0072b2';
/** Marks members of decision-group roles we do not reach: Okabe-Ito vermillion. */
export const UNCOVERED_COLOUR = '#d55e00';
export const SELECTED_COLOUR = '#111827';

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
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        'border-width': 1,
        'border-color': '#6b7280',
        label: 'data(display)',
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
    {
      selector: 'node.person',
      style: {
        'border-width': 'data(ring)',
        'border-color': '#1f2937',
        'font-size': 9,
      },
    },
    // The strongest people are named first: a bigger font keeps them legible when zoomed out.
    { selector: 'node.person.top', style: { 'font-size': 15, 'font-weight': 'bold', 'min-zoomed-font-size': 6 } },
    { selector: 'node.person[ring = 0]', style: { 'border-width': 1, 'border-color': '#6b7280' } },
    { selector: 'node.institution, node.committee, node.tender', style: { 'font-size': 11, color: '#374151', 'min-zoomed-font-size': 7 } },
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
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
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
    { selector: 'edge[type = "INFLUENCES"]', style: { opacity: 0.5 } },
    { selector: 'edge[type = "WORKS_AT"], edge[type = "PART_OF"]', style: { opacity: 0.45 } },

    // States, strongest last.
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.16, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    {
      selector: 'node.uncovered',
      style: { 'outline-width': 4, 'outline-color': UNCOVERED_COLOUR, 'outline-style': 'dashed', 'outline-offset': 3 },
    },
    {
      selector: 'node.path',
      style: {
        'outline-width': 4,
        'outline-color': PATH_COLOUR,
        'outline-offset': 2,
        'min-zoomed-font-size': 0,
        'font-size': 13,
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
      style: { 'outline-width': 5, 'outline-color': '#f59e0b', 'outline-offset': 2, 'min-zoomed-font-size': 0, 'font-size': 14, 'z-index': 30 },
    },
    { selector: 'edge.highlight', style: { opacity: 0.9 } },
    {
      selector: 'node:selected',
      style: {
        'outline-width': 5,
        'outline-color': SELECTED_COLOUR,
        'outline-offset': 2,
        'min-zoomed-font-size': 0,
        'font-size': 14,
        'font-weight': 'bold',
        'z-index': 40,
      },
    },
    { selector: 'edge:selected', style: { 'line-color': SELECTED_COLOUR, 'target-arrow-color': SELECTED_COLOUR, opacity: 1, width: 4 } },
  ];
}
