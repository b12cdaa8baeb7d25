// A national-size map answer synthesised for the browser tests (served by request interception,
// so the browser does its usual work without seeding a national graph first).
/** A GraphView answer of `people` people in 24 coalitions and `ties` influence ties, the same for the same arguments. */
export function bigView(people: number, ties: number) {
  let seed = 42;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const coalitions = 24;
  const nodes = Array.from({ length: people }, (_, i) => ({
    id: `big-${i}`,
    label: 'Person',
    name: `Person ${i}`,
    kind: 'DOCTOR',
    power: Math.pow(1 - i / people, 3),
    rank: i + 1,
    coalition: i % coalitions,
    stance: i % 7 === 0 ? null : Math.round(random() * 4 - 2),
    // No stage, then the ladder's steps (the API's enum names).
    stage: [null, 'CONTACT', 'ACQUAINTANCE', 'LOYALTY', 'NEAR_FRIENDLY'][i % 5],
    ownerId: null,
    optedOut: false,
    __typename: 'GraphNode',
  }));
  const edges = [];
  for (let j = 0; edges.length < ties; j++) {
    const a = Math.floor(random() * people);
    // Mostly within a coalition, like real influence.
    const b = random() < 0.8 ? (Math.floor(random() * (people / coalitions)) * coalitions + (a % coalitions)) % people : Math.floor(random() * people);
    if (a === b) continue;
    edges.push({
      id: `INFLUENCES|big-${a}|big-${b}|${j}`,
      source: `big-${a}`,
      target: `big-${b}`,
      type: 'INFLUENCES',
      strength: Math.round(random() * 100) / 100,
      role: null,
      basis: 'SCIENCE',
      domain: null,
      since: null,
      until: null,
      provenance: null,
      confidence: null,
      __typename: 'GraphEdge',
    });
  }
  const members = Array.from({ length: coalitions }, (_, c) => ({
    power: 1,
    lean: 0,
    leaning: 'NEUTRAL',
    memberCount: nodes.filter((n) => n.coalition === c).length,
    __typename: 'Coalition',
  }));
  return { asOf: '2026-11-27', peopleInScope: people, truncated: false, nodes, edges, coalitions: members, __typename: 'GraphView' };
}
