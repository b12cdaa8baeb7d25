// The web app's import rules (STYLE.md: "no feature imports another's internals"), checked
// with dependency-cruiser on the real import graph (TypeScript's own parser; type-only
// imports count too):
// - no import cycles anywhere in web/src, between modules or between folders (each feature,
//   shared, app);
// - a feature is used from outside its folder only through its public entry: index.ts
//   (what other features and the app use), page.ts (the page the router loads lazily) and,
//   for the map, prefetch.ts (the app's first script sends the map's query with it);
// - layers point one way: shared/ never imports features/ or app/, features never import app/.
// A fixture tree that breaks each rule shows that the check does catch them.
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function rules(src: string): IForbiddenRuleType[] {
  const at = (p: string) => `^${src.replaceAll('/', '\\/')}/${p}`;
  const entry = at('features/[^/]+/(index|page)\\.tsx?$');
  return [
    { name: 'no-cycle', comment: 'modules that import each other, however far round', severity: 'error', from: { path: at('') }, to: { circular: true } },
    {
      name: 'feature-internals',
      comment: 'a feature uses another only through its index.ts',
      severity: 'error',
      from: { path: at('features/([^/]+)/') },
      to: { path: at('features/'), pathNot: [at('features/$1/'), entry] },
    },
    {
      name: 'outside-into-feature-internals',
      comment: 'the app and shared code use a feature only through its index.ts, page.ts (or the map’s prefetch.ts)',
      severity: 'error',
      from: { path: at(''), pathNot: at('features/') },
      to: { path: at('features/'), pathNot: [entry, at('features/influence-map/prefetch\\.ts$')] },
    },
    { name: 'shared-is-below-features-and-app', severity: 'error', from: { path: at('shared/') }, to: { path: [at('features/'), at('app/')] } },
    { name: 'features-are-below-app', severity: 'error', from: { path: at('features/') }, to: { path: at('app/') } },
    { name: 'unresolved-import', comment: 'a relative or @shared/ import that resolves to no file would hide its edge', severity: 'error', from: {}, to: { couldNotResolve: true, path: '^(\\.|@shared/)' } },
  ];
}

async function check(src: string, collapse?: string): Promise<ICruiseResult> {
  const { output } = await cruise(
    [src],
    {
      baseDir: ROOT,
      tsPreCompilationDeps: true,
      tsConfig: { fileName: 'tsconfig.json' },
      doNotFollow: { path: 'node_modules' },
      exclude: { path: `^${src}/gql/` },
      validate: true,
      ruleSet: { forbidden: rules(src) },
      ...(collapse ? { collapse } : {}),
    },
    undefined,
    { tsConfig: { options: {} } },
  );
  return output as ICruiseResult;
}

/** Each broken rule as "rule: from -> to" (cycles: the whole ring). */
function broken(result: ICruiseResult, src: string): string[] {
  const short = (p: string) => p.replace(`${src}/`, '');
  return result.summary.violations
    .map((v) => `${v.rule.name}: ${v.cycle?.length ? [short(v.from), ...v.cycle.map((c) => short(c.name))].join(' -> ') : `${short(v.from)} -> ${short(v.to)}`}`)
    .sort();
}

/** Folders as nodes: each feature, shared and app. */
const FOLDERS = (src: string) => `^${src}/(features/[^/]+|shared|app)/`;

/** Groups of folders that depend on each other, round and round (strongly connected, Tarjan). */
function folderCycles(result: ICruiseResult, src: string): string[][] {
  const short = (p: string) => p.replace(`${src}/`, '').replace(/\/$/, '');
  const edges = new Map(result.modules.map((m) => [m.source, m.dependencies.map((d) => d.resolved).filter((to) => to !== m.source)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(short(w));
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

// dependency-cruiser parses the whole web tree with TypeScript: seconds on an idle machine,
// much longer on a busy one, so these tests get a minute or two rather than vitest's 5 s.
const PARSE_TREE = 180_000;

describe('web/src import rules', () => {
  it('has no cycles and no feature reaching into another’s internals', async () => {
    const result = await check('web/src');
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    // `@shared/...` imports (tsconfig.json's paths) are followed like relative ones.
    const intoShared = result.modules
      .filter((m) => !m.source.startsWith('web/src/shared/'))
      .flatMap((m) => m.dependencies.filter((d) => d.module.startsWith('@shared/') && d.resolved.startsWith('web/src/shared/')));
    expect(intoShared.length).toBeGreaterThan(100);
    expect(broken(result, 'web/src')).toEqual([]);
  }, PARSE_TREE);

  it('has no cycles between features, shared and app (each folder as one node)', async () => {
    const result = await check('web/src', FOLDERS('web/src'));
    expect(result.modules.filter((m) => m.source.startsWith('web/src/features/')).length).toBeGreaterThan(10);
    expect(folderCycles(result, 'web/src')).toEqual([]);
  }, PARSE_TREE);

  it('catches every kind of break in a fixture tree that has them', async () => {
    const src = 'test/unit/web-fixtures/import-rules/src';
    const modules = broken(await check(src), src);
    expect(modules).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no-cycle: features\/gamma\/(one|two)\.ts -> /),
        'feature-internals: features/alpha/components/alpha-reach.ts -> features/beta/components/beta-helper.ts',
        'outside-into-feature-internals: app/routes.ts -> features/gamma/two.ts',
        'shared-is-below-features-and-app: shared/name.ts -> app/routes.ts',
      ]),
    );
    // alpha uses beta through its entry, beta uses alpha through its: no module cycle, a feature cycle.
    expect(modules.some((v) => v.includes('alpha') && v.startsWith('no-cycle'))).toBe(false);
    expect(folderCycles(await check(src, FOLDERS(src)), src)).toEqual([['features/alpha', 'features/beta']]);
  }, PARSE_TREE);
});
