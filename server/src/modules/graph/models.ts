/** A tie as the API returns it (TiePayload.tie). */
export interface TieModel {
  from: string;
  to: string;
  type: string;
  strength: number | null;
  role: string | null;
  position: string | null;
  domain: string | null;
  basis: string | null;
  value: number | null;
  stage: string | null;
  since: string | null;
  until: string | null;
  source: string | null;
  confidence: number | null;
}
