/**
 * Collects the demo's nodes and ties. It refuses duplicate ids and dangling endpoints at
 * the moment they happen, so a generator bug fails loudly at its source rather than as
 * a constraint error during a Neo4j load.
 */
import type { NodeRecord, NodeType, PropertyValue, TieRecord, TieType } from '../modules/graph/model.js';

export type Props = Record<string, PropertyValue>;

export class GraphBuilder {
  readonly nodes: NodeRecord[] = [];
  readonly ties: TieRecord[] = [];
  private readonly ids = new Map<string, NodeRecord>();

  addNode(id: string, type: NodeType, name: string, props: Props): string {
    if (this.ids.has(id)) throw new Error(`demo generator produced the node id "${id}" twice`);
    const node: NodeRecord = { id, type, name, props };
    this.ids.set(id, node);
    this.nodes.push(node);
    return id;
  }

  /**
   * Sets one property on a node an earlier stage made (a key-account flag, a birthday).
   * Later stages use this instead of drawing in the earlier stage's stream, so that
   * everything the earlier stage produced stays as it was.
   */
  setProp(id: string, key: string, value: Props[string]): void {
    const node = this.ids.get(id);
    if (!node) throw new Error(`demo generator set ${key} on the missing node "${id}"`);
    node.props[key] = value;
  }

  /** A node's property as an earlier stage wrote it, or undefined. */
  prop(id: string, key: string): Props[string] | undefined {
    return this.ids.get(id)?.props[key];
  }

  addTie(from: string, type: TieType, to: string, props: Props = {}): void {
    if (!this.ids.has(from) || !this.ids.has(to)) {
      throw new Error(`demo generator made a ${type} tie ${from} -> ${to} before both nodes existed`);
    }
    this.ties.push({ from, to, type, props });
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }
}

/**
 * Remembers which (from, to) pairs of people already hold a tie of one type, as numbers
 * rather than strings: at 100,000 people this set holds hundreds of thousands of pairs.
 */
export class PairSet {
  private readonly seen = new Set<number>();

  constructor(
    private readonly size: number,
    private readonly symmetric: boolean,
  ) {}

  /** True if the pair was new (and is now taken). */
  claim(a: number, b: number): boolean {
    const lo = this.symmetric && b < a ? b : a;
    const hi = this.symmetric && b < a ? a : b;
    const key = lo * this.size + hi;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}
