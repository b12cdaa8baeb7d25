// /accounts keeps the territory and the period in the URL.
import { fromSearch, idParam, toSearch, type ParamCodec } from './query-string.js';

export interface AccountsParams {
  /** null: the first territory the server lists. */
  territory: string | null;
  /** null: the latest period with sales. */
  period: string | null;
}

export function decodeAccountsParams(search: string): AccountsParams {
  const p = fromSearch(search);
  const period = p.get('period');
  return { territory: idParam(p.get('territory')), period: period && /^[\w-]{1,20}$/.test(period) ? period : null };
}

export function encodeAccountsParams(s: AccountsParams): string {
  return toSearch([
    ['territory', s.territory],
    ['period', s.period],
  ]);
}

export const accountsCodec: ParamCodec<AccountsParams> = { decode: decodeAccountsParams, encode: encodeAccountsParams };
