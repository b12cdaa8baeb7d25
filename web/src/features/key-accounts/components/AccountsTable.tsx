import { Link } from 'react-router';
import type { AccountStandingFieldsFragment } from '../../../gql/graphql.js';
import { tr } from '@shared/i18n/intl.js';
import { mapScopeHref } from '@shared/urls/map-view.js';
import { KEY_CLIENT_CRITERION_LABELS } from '@shared/vocabulary/labels.js';
import { KEY_PEOPLE_WORDS, LARGEST_ACCOUNT_WORDS } from '@shared/vocabulary/read-model-words.js';
import { institutionKindLabel } from '@shared/vocabulary/words.js';
import { CRITERIA, formatMoney, formatPct } from '../pareto.js';
import { CriterionCell } from './CriterionCell.js';

/** Each account with its share and its standing on the four criteria of a key client. */
export function AccountsTable({ accounts }: { accounts: readonly AccountStandingFieldsFragment[] }) {
  return (
    <div className="table-wrap">
      <table className="accounts-table" data-testid="accounts-table">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{tr('accounts.table.account')}</th>
            <th className="num">{tr('accounts.table.revenue')}</th>
            <th className="num">{tr('accounts.table.share')}</th>
            <th className="num">{tr('accounts.table.running')}</th>
            {CRITERIA.map((c) => (
              <th key={c.key} title={c.hint} className="criterion">
                {c.label}
              </th>
            ))}
            <th>{KEY_PEOPLE_WORDS.criteriaMet}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.institution.id} className={a.keyAccount ? 'key' : ''} data-testid="account-row" data-account-id={a.institution.id} data-key-account={a.keyAccount}>
              <td className="num muted">{a.rank}</td>
              <td>
                <Link to={mapScopeHref({ kind: 'institution', id: a.institution.id })} title={LARGEST_ACCOUNT_WORDS.openOnMap}>
                  {a.institution.name}
                </Link>
                <div className="account-tags">
                  <span className="muted">{institutionKindLabel(a.institution.kind)}</span>
                  {a.keyAccount && <span className="tag key">{LARGEST_ACCOUNT_WORDS.keyAccount}</span>}
                  {a.inTop20 && <span className="tag top20">{tr('accounts.top20Tag')}</span>}
                </div>
              </td>
              <td className="num">{formatMoney(a.revenue)}</td>
              <td className="num">{formatPct(a.revenueShare, 1)}</td>
              <td className="num muted">{formatPct(a.cumulativeShare)}</td>
              {CRITERIA.map((c) => (
                <CriterionCell key={c.key} label={c.label} value={a[c.field]} />
              ))}
              <td>
                <span className={`criteria-count n${a.criteriaMet.length}`}>{a.criteriaMet.length}/4</span>{' '}
                <span className="muted small">{a.criteriaMet.map((c) => KEY_CLIENT_CRITERION_LABELS[c]).join(', ') || KEY_PEOPLE_WORDS.noCriterion}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
