import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../server/src/demo/generate-demo.js';
import { TIE_ENDPOINTS, propertyKind } from '../../server/src/modules/graph/model.js';
import { checkValue } from '../../server/src/modules/graph/rules/property-values.js';

describe('the demo territory fits the import rules', () => {
  const demo = generateDemo({ people: 2_000 });
  const typeOf = new Map(demo.nodes.map((n) => [n.id, n.type]));

  it('joins only the labels each tie type allows', () => {
    const wrong = demo.ties
      .filter((t) => !TIE_ENDPOINTS[t.type].from.includes(typeOf.get(t.from)!) || !TIE_ENDPOINTS[t.type].to.includes(typeOf.get(t.to)!))
      .map((t) => `${t.type} ${typeOf.get(t.from)} -> ${typeOf.get(t.to)}`);
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('types every known property the way import would', () => {
    const problems: string[] = [];
    for (const node of demo.nodes) {
      for (const [key, value] of Object.entries(node.props)) {
        const result = checkValue(propertyKind('node', node.type, key), value);
        if (!result.ok) problems.push(`${node.type}.${key}: ${result.reason}`);
      }
    }
    for (const tie of demo.ties) {
      for (const [key, value] of Object.entries(tie.props)) {
        const result = checkValue(propertyKind('tie', tie.type, key), value);
        if (!result.ok) problems.push(`${tie.type}.${key}: ${result.reason}`);
      }
    }
    expect([...new Set(problems)].slice(0, 10)).toEqual([]);
  });
});
