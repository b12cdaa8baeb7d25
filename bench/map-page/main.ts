/**
 * The bench's stand-in for the influence map (used when the web app's map cannot be built
 * or does not report `data-layout="ready"`): the same graphView query, Cytoscape with
 * fcose in draft quality, sized by power and coloured by coalition. It records when the
 * data arrived, when the elements were added, when the layout stopped and when the laid
 * out map was painted (two animation frames later), all from navigation start.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

interface GraphView {
  nodes: Array<{ id: string; label: string; name: string; power: number | null; coalition: number | null }>;
  edges: Array<{ id: string; source: string; target: string; type: string; strength: number | null }>;
}

interface BenchMarks {
  fetched: number;
  added: number;
  laidOut: number;
  painted: number;
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    __benchMap?: BenchMarks;
    __benchTaps?: Array<{ id: string; t: number }>;
    __benchError?: string;
    /** The same probe the web app exposes (web/src/features/influence-map/map-debug.ts). */
    __kamgraphMap?: { nodeIds(): string[]; clientPosition(id: string): { x: number; y: number } | null };
  }
}

const QUERY = `query BenchMap($scope: ScopeInput!, $limit: Int) {
  graphView(scope: $scope, limit: $limit) {
    nodes { id label name power coalition }
    edges { id source target type strength }
  }
}`;

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY, variables: { scope: { territoryId: params.get('territory') }, limit: Number(params.get('limit') ?? 500) } }),
  });
  const json = (await response.json()) as { data?: { graphView: GraphView }; errors?: unknown };
  if (!json.data) throw new Error(JSON.stringify(json.errors));
  const fetched = performance.now();
  const view = json.data.graphView;
  const present = new Set(view.nodes.map((n) => n.id));
  const elements: ElementDefinition[] = [
    ...view.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, name: n.name, label: n.label, size: 12 + 40 * (n.power ?? 0), colour: n.coalition === null ? '#999' : PALETTE[n.coalition % PALETTE.length] },
    })),
    ...view.edges
      .filter((e) => present.has(e.source) && present.has(e.target))
      .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type, width: 0.5 + 2 * (e.strength ?? 0.3) } })),
  ];
  const big = elements.length > 3000;
  const cy = cytoscape({
    container: document.getElementById('map'),
    elements,
    layout: { name: 'preset' },
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', label: '', 'min-zoomed-font-size': 10 } },
      { selector: 'node[label != "Person"]', style: { shape: 'round-rectangle', 'background-color': '#ccc' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#bbb', 'curve-style': 'haystack', opacity: 0.6 } },
      { selector: 'edge[type = "INFLUENCES"]', style: { 'line-color': '#e15759', 'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#e15759' } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000' } },
    ],
  });
  const added = performance.now();
  window.__benchTaps = [];
  window.__kamgraphMap = {
    nodeIds: () => cy.nodes().map((n) => n.id()),
    clientPosition: (id) => {
      const node = cy.getElementById(id);
      if (node.empty()) return null;
      const rect = cy.container()!.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
  };
  cy.on('tap', 'node', (event) => window.__benchTaps!.push({ id: event.target.id(), t: performance.now() }));
  const layout = cy.layout({
    name: 'fcose',
    quality: 'draft',
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    samplingType: false,
    packComponents: true,
  } as unknown as cytoscape.LayoutOptions);
  layout.one('layoutstop', () => {
    const laidOut = performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.__benchMap = { fetched, added, laidOut, painted: performance.now(), nodes: cy.nodes().length, edges: cy.edges().length };
        document.body.dataset.mapReady = '1';
      }),
    );
  });
  layout.run();
}

main().catch((error: unknown) => {
  window.__benchError = String(error);
});
