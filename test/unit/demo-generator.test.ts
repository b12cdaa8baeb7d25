import { describe, it, expect } from 'vitest';
import {
  isNodeType,
  isTieType,
  propertyKind,
  tieKey,
  type NodeRecord,
  type PropertyKind,
  type PropertyValue,
  type TieRecord,
} from '../../server/src/modules/graph/model.js';
import { generateDemo, type DemoGraph } from '../../server/src/demo/generate-demo.js';

const TODAY = '2026-11-27';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function valueProblem(kind: PropertyKind, value: PropertyValue): string | undefined {
  switch (kind.kind) {
    case 'string':
    case 'text':
      return typeof value === 'string' ? undefined : 'expected a string';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected a boolean';
    case 'date': {
      // Date.parse is NaN for 2026-13-01 and rolls 2026-02-30 over: compare the round trip.
      const ms = typeof value === 'string' && ISO_DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
      return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(value as string) ? undefined : 'expected a YYYY-MM-DD date';
    }
    case 'enum':
      return typeof value === 'string' && kind.values.includes(value) ? undefined : `expected one of ${kind.values.join(', ')}`;
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'expected a list of strings';
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
      if (kind.kind === 'integer' && !Number.isInteger(value)) return 'expected an integer';
      if (kind.min !== undefined && value < kind.min) return `below ${kind.min}`;
      if (kind.max !== undefined && value > kind.max) return `above ${kind.max}`;
      return undefined;
    }
  }
}

/** Every way a record can disagree with graph-model.ts; empty means valid. */
function graphProblems(graph: DemoGraph, limit = 20): string[] {
  const problems: string[] = [];
  const report = (message: string): void => {
    if (problems.length < limit) problems.push(message);
  };
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (!isNodeType(node.type)) report(`node ${node.id}: unknown type ${node.type}`);
    if (typeof node.id !== 'string' || node.id === '') report(`node without an id: ${JSON.stringify(node)}`);
    if (ids.has(node.id)) report(`duplicate node id ${node.id}`);
    ids.add(node.id);
    if (typeof node.name !== 'string' || node.name.trim() === '') report(`node ${node.id}: empty name`);
    for (const [key, value] of Object.entries(node.props)) {
      const kind = propertyKind('node', node.type, key);
      if (!kind) report(`node ${node.id}: ${key} is not a typed ${node.type} property`);
      else {
        const problem = valueProblem(kind, value);
        if (problem) report(`node ${node.id}: ${key}=${JSON.stringify(value)}: ${problem}`);
      }
    }
  }
  const keys = new Set<string>();
  for (const tie of graph.ties) {
    const label = `${tie.type} ${tie.from} -> ${tie.to}`;
    if (!isTieType(tie.type)) report(`${label}: unknown tie type`);
    if (!ids.has(tie.from) || !ids.has(tie.to)) report(`${label}: endpoint missing`);
    const since = tie.props.since;
    const key = tieKey({ ...tie, since: typeof since === 'string' ? since : null });
    if (keys.has(key)) report(`${label}: duplicate tie key ${key}`);
    keys.add(key);
    for (const [key2, value] of Object.entries(tie.props)) {
      const kind = propertyKind('tie', tie.type, key2);
      if (!kind) report(`${label}: ${key2} is not a typed ${tie.type} property`);
      else {
        const problem = valueProblem(kind, value);
        if (problem) report(`${label}: ${key2}=${JSON.stringify(value)}: ${problem}`);
      }
    }
    const until = tie.props.until;
    if (typeof since === 'string' && typeof until === 'string' && since > until) report(`${label}: since after until`);
    if (tie.type === 'STANCE' && tie.props.toward !== tie.to) report(`${label}: toward differs from the target`);
  }
  return problems;
}

function daysFromToday(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${TODAY}T00:00:00Z`)) / 86_400_000);
}

const demo = generateDemo();
const nodeById = new Map<string, NodeRecord>(demo.nodes.map((n) => [n.id, n]));
const tiesOf = (type: TieRecord['type']): TieRecord[] => demo.ties.filter((t) => t.type === type);

describe('the graph-model validator used below', () => {
  it('catches bad types, values, duplicates and dangling endpoints', () => {
    const graph: DemoGraph = {
      nodes: [
        { id: 'a', type: 'Person', name: 'Ana Costa', props: { consent: 'yes' } },
        { id: 'a', type: 'Person', name: 'Ana Costa', props: {} },
        { id: 'b', type: 'Tender', name: 'T', props: { date: '2026-13-01', status: 'open' } },
      ],
      ties: [
        { from: 'a', to: 'b', type: 'INFLUENCES', props: { strength: 1.5 } },
        { from: 'a', to: 'b', type: 'INFLUENCES', props: { strength: 0.5 } },
        { from: 'a', to: 'zzz', type: 'STANCE', props: { value: 1.5, toward: 'b' } },
      ],
    };
    const problems = graphProblems(graph).join('\n');
    for (const expected of ['consent', 'duplicate node id a', 'date=', 'status=', 'above 1', 'duplicate tie key', 'endpoint missing', 'expected an integer', 'toward differs']) {
      expect(problems).toContain(expected);
    }
  });
});

describe('generateDemo', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDemo({ people: 300, seed: 7 });
    const b = generateDemo({ people: 300, seed: 7 });
    const c = generateDemo({ people: 300, seed: 8 });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(generateDemo()).toEqual(demo);
  });

  it('dates everything relative to today and rejects bad options', () => {
    const later = generateDemo({ today: '2030-02-28' });
    expect(graphProblems(later)).toEqual([]);
    const tenderDates = later.nodes.filter((n) => n.type === 'Tender').map((n) => n.props.date as string);
    expect(tenderDates.every((d) => d > '2030-02-28')).toBe(true);
    expect(() => generateDemo({ today: '2026-02-30' })).toThrow(/today/);
    expect(() => generateDemo({ people: 0 })).toThrow(/people/);
    expect(() => generateDemo({ people: 2.5 })).toThrow(/people/);
  });

  it('makes exactly the requested number of people', () => {
    expect(demo.nodes.filter((n) => n.type === 'Person')).toHaveLength(300);
    for (const people of [1, 10, 57, 1234, 4321]) {
      expect(generateDemo({ people }).nodes.filter((n) => n.type === 'Person')).toHaveLength(people);
    }
  });

  it('validates against the graph model, with unique ids and tie keys and existing endpoints', () => {
    expect(graphProblems(demo)).toEqual([]);
    for (const people of [1, 10, 57, 4321]) expect(graphProblems(generateDemo({ people, seed: 3 }))).toEqual([]);
  });

  it('is sized like a demo country at 300 people: several regions, each with its frame', () => {
    expect(demo.ties.length).toBeGreaterThanOrEqual(2000);
    expect(demo.ties.length).toBeLessThanOrEqual(6000);
    expect(demo.nodes.filter((n) => n.type === 'Territory' && n.props.level === 'region').length).toBeGreaterThanOrEqual(3);
  });

  it('contains the ids the product and its tests rely on', () => {
    for (const id of ['territory-north', 'company-ours', 'user-admin', 'user-kam', 'user-manager', 'user-strategist']) {
      expect(nodeById.has(id), id).toBe(true);
    }
    expect(nodeById.get('company-ours')?.props).toMatchObject({ kind: 'company', ours: true });
    expect(demo.nodes.filter((n) => n.type === 'Institution' && n.props.competitor === true)).toHaveLength(2);
    const roles = Object.fromEntries(['user-admin', 'user-kam', 'user-manager', 'user-strategist']
      .map((id) => [id, nodeById.get(id)?.props.role]));
    expect(roles).toEqual({ 'user-admin': 'admin', 'user-kam': 'kam', 'user-manager': 'manager', 'user-strategist': 'strategist' });
    expect(demo.ties).toContainEqual(expect.objectContaining({ from: 'user-kam', type: 'LOCATED_IN', to: 'territory-north' }));
    expect(demo.ties).toContainEqual(expect.objectContaining({ from: 'user-kam', type: 'REPORTS_TO', to: 'user-manager' }));
  });

  it('places every institution in a territory and gives hospitals a chief physician', () => {
    const located = new Set(tiesOf('LOCATED_IN').map((t) => t.from));
    const institutions = demo.nodes.filter((n) => n.type === 'Institution');
    expect(institutions.filter((n) => !located.has(n.id)).map((n) => n.id)).toEqual([]);
    // Portuguese hospitals are local health units (ULS), and their chief physician a Diretor Clínico.
    const hospitals = institutions.filter((n) => n.id.startsWith('hospital-'));
    expect(hospitals.length).toBeGreaterThanOrEqual(3);
    expect(hospitals.every((n) => n.props.kind === 'local_health_unit')).toBe(true);
    for (const hospital of hospitals) {
      const chief = tiesOf('WORKS_AT').find((t) => t.to === hospital.id && t.props.position === 'Diretor Clínico');
      expect(chief?.props.head, hospital.id).toBe(true);
    }
  });

  it('has a tender drafted by a committee and by people, with decision-group roles', () => {
    const tenders = demo.nodes.filter((n) => n.type === 'Tender');
    expect(tenders.length).toBeGreaterThanOrEqual(2);
    const drafted = tenders.filter((t) => tiesOf('DRAFTS').some((d) => d.to === t.id && nodeById.get(d.from)?.type === 'Committee'));
    expect(drafted.length).toBeGreaterThan(0);
    const tender = drafted[0] as NodeRecord;
    expect(tiesOf('DRAFTS').some((d) => d.to === tender.id && nodeById.get(d.from)?.type === 'Person')).toBe(true);
    const roles = new Set(tiesOf('ROLE_IN').filter((r) => r.to === tender.id).map((r) => r.props.role));
    for (const role of ['decision_maker', 'specification_author', 'gatekeeper', 'influencer']) expect(roles).toContain(role);
    expect(tenders.some((t) => Math.abs(daysFromToday(t.props.date as string) - 270) <= 30)).toBe(true);
    expect(tenders.every((t) => daysFromToday(t.props.date as string) > 0)).toBe(true);
  });

  it('has committee terms ending within six months of today', () => {
    const ending = tiesOf('MEMBER_OF').filter((t) => {
      const days = daysFromToday(t.props.until as string);
      return days > 0 && days <= 183;
    });
    expect(ending.length).toBeGreaterThan(0);
  });

  it('changes over time: new ties, ended ties and stances', () => {
    const informal = [...tiesOf('INFLUENCES'), ...tiesOf('KNOWS')];
    expect(informal.some((t) => daysFromToday(t.props.since as string) >= -90)).toBe(true);
    expect(informal.some((t) => typeof t.props.until === 'string' && daysFromToday(t.props.until) < 0)).toBe(true);
    const stances = tiesOf('STANCE').filter((t) => t.to === 'company-ours' && t.props.until === undefined);
    expect(stances.some((t) => (t.props.value as number) > 0)).toBe(true);
    expect(stances.some((t) => (t.props.value as number) < 0)).toBe(true);
  });

  it('files dossiers for decision-group members and respects consent', () => {
    const dossiers = tiesOf('HAS_DOSSIER');
    expect(dossiers.length).toBeGreaterThan(0);
    for (const tie of dossiers) expect(tie.to).toBe(`dossier-${tie.from}`);
    const withDossier = new Set(dossiers.map((t) => t.from));
    for (const role of tiesOf('ROLE_IN')) {
      if (nodeById.get(role.from)?.props.optedOut !== true) expect(withDossier.has(role.from), role.from).toBe(true);
    }
    const people = demo.nodes.filter((n) => n.type === 'Person');
    expect(people.some((p) => p.props.optedOut === true)).toBe(true);
    expect(people.some((p) => p.props.consent === false)).toBe(true);
    for (const p of people.filter((n) => n.props.optedOut === true)) expect(withDossier.has(p.id)).toBe(false);
  });

  it('uses plausible names, not placeholders', () => {
    const people = demo.nodes.filter((n) => n.type === 'Person');
    expect(people.every((p) => /^\p{Lu}[\p{L}'-]+( [\p{L}'.-]+)+$/u.test(p.name))).toBe(true);
    expect(demo.nodes.some((n) => /Person \d|Hospital \d+$/.test(n.name))).toBe(false);
  });

  it('scales to 100,000 people with about a million ties', () => {
    const big = generateDemo({ people: 100_000 });
    let persons = 0;
    for (const n of big.nodes) if (n.type === 'Person') persons++;
    expect(persons).toBe(100_000);
    expect(big.ties.length).toBeGreaterThanOrEqual(750_000);
    expect(big.ties.length).toBeLessThanOrEqual(1_250_000);
    expect(graphProblems(big)).toEqual([]);
    // A million ties take seconds to build and check when idle; a busy machine needs more.
  }, 300_000);
});
