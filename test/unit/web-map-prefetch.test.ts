import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapQueryVariables } from '../../web/src/features/influence-map/map-variables.js';
import { prefetchMap, takePrefetched } from '../../web/src/features/influence-map/prefetch.js';
import { decodeViewState } from '../../web/src/shared/urls/map-view.js';

const at = (pathname: string, search: string) => ({ pathname, search }) as Location;

describe('the map query sent before the app loads', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    takePrefetched('GraphView', mapQueryVariables(decodeViewState('?scope=territory:t1'))!);
  });

  it('sends GraphView with the variables the map asks, and hands the answer over once', async () => {
    const store = new Map([['kamgraph.token', 'a.b.c']]);
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null });
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { graphView: { nodes: [] } } }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    prefetchMap(at('/', '?scope=territory:t1'));
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer a.b.c');
    const body = JSON.parse(String(init.body)) as { operationName: string; variables: unknown; query: string };
    expect(body.operationName).toBe('GraphView');
    expect(body.query).toMatch(/query GraphView/);
    expect(body.query).toMatch(/fragment GraphEdgeDrawFields/);
    const variables = mapQueryVariables(decodeViewState('?scope=territory:t1'))!;
    expect(body.variables).toEqual(variables);

    expect(takePrefetched('GraphViewTies', variables)).toBeNull();
    expect(takePrefetched('GraphView', { ...variables, limit: 10 })).toBeNull();
    const answer = takePrefetched('GraphView', variables);
    expect(await answer).toEqual({ data: { graphView: { nodes: [] } } });
    expect(takePrefetched('GraphView', variables)).toBeNull();
  });

  it('sends nothing off the map page, without a scope or without a token', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    prefetchMap(at('/', '?scope=territory:t1'));
    vi.stubGlobal('localStorage', { getItem: () => 'a.b.c' });
    prefetchMap(at('/plans', '?scope=territory:t1'));
    prefetchMap(at('/', ''));
    expect(fetch).not.toHaveBeenCalled();
  });
});
