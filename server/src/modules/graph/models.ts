/** A tie as the API returns it (TiePayload.tie). */
export interface TieModel {
  from: string;
  to: string;
  type: string;
  strength: number | null;
  role: string | null;
  position: string | null;
  head: boolean | null;
  domain: string | null;
  basis: string | null;
  value: number | null;
  stage: string | null;
  topic: string | null;
  lot: number | null;
  quantity: number | null;
  price: number | null;
  currency: string | null;
  since: string | null;
  until: string | null;
  source: string | null;
  confidence: number | null;
  /** Who recorded it (a user id), where the API recorded it. */
  recordedBy: string | null;
}

/** A tie's stored properties as the API returns them (anything else stays out). */
export function tieModelOf(from: string, to: string, type: string, props: Record<string, unknown>): TieModel {
  const str = (key: string) => (typeof props[key] === 'string' ? (props[key] as string) : null);
  const num = (key: string) => (typeof props[key] === 'number' ? (props[key] as number) : null);
  return {
    from,
    to,
    type,
    strength: num('strength'),
    role: str('role'),
    position: str('position'),
    head: typeof props.head === 'boolean' ? props.head : null,
    domain: str('domain'),
    basis: str('basis'),
    value: num('value'),
    stage: str('stage'),
    topic: str('topic'),
    lot: num('lot'),
    quantity: num('quantity'),
    price: num('price'),
    currency: str('currency'),
    since: str('since'),
    until: str('until'),
    source: str('source'),
    confidence: num('confidence'),
    recordedBy: str('recordedBy'),
  };
}
