// A tender's lots as the panel shows them: one row per lot number with the products offered
// for it (ours first), since LOTS ties join a tender to each product of a lot. Pure, unit-tested.

export interface LotTie {
  lot: number | null;
  quantity: number | null;
  product: { id: string; name: string; inn: string | null; ours: boolean; maker: { id: string; name: string } | null };
}

export interface LotRow<P extends LotTie['product']> {
  /** null: the lot has no number. */
  lot: number | null;
  /** The lot's quantity (the largest recorded, should its products disagree). */
  quantity: number | null;
  /** The molecules asked for (tenders are run by INN). */
  inns: string[];
  products: P[];
  /** One of our products is in the lot. */
  ours: boolean;
}

export function groupLots<T extends LotTie>(lots: readonly T[]): LotRow<T['product']>[] {
  const rows = new Map<string, LotRow<T['product']>>();
  for (const l of lots) {
    const key = l.lot === null ? '' : String(l.lot);
    let row = rows.get(key);
    if (!row) {
      row = { lot: l.lot, quantity: null, inns: [], products: [], ours: false };
      rows.set(key, row);
    }
    if (l.quantity !== null) row.quantity = Math.max(row.quantity ?? 0, l.quantity);
    if (l.product.inn && !row.inns.includes(l.product.inn)) row.inns.push(l.product.inn);
    if (!row.products.some((p) => p.id === l.product.id)) row.products.push(l.product);
    row.ours ||= l.product.ours;
  }
  for (const row of rows.values()) row.products.sort((a, b) => Number(b.ours) - Number(a.ours) || a.name.localeCompare(b.name));
  return [...rows.values()].sort((a, b) => (a.lot ?? Number.POSITIVE_INFINITY) - (b.lot ?? Number.POSITIVE_INFINITY));
}
