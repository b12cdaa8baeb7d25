export type MapResult = Record<string, unknown>;
export async function buildMapPage(_log: (l: string) => void): Promise<string | null> { return null; }
export async function mapBench(_o: unknown): Promise<MapResult> { return {}; }
