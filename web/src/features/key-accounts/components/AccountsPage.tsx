import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { TerritoriesQuery } from '@shared/graphql/territories-query.js';
import { tr } from '@shared/i18n/intl.js';
import { useViewer } from '@shared/session/use-viewer.js';
import { BarSelect } from '@shared/ui/NamedSelect.js';
import { PageHead, PageShell } from '@shared/ui/PageShell.js';
import { QueryState } from '@shared/ui/QueryState.js';
import { accountsCodec } from '@shared/urls/accounts.js';
import { useSearchState } from '@shared/urls/use-search-state.js';
import { KEY_PEOPLE_WORDS } from '@shared/vocabulary/read-model-words.js';
import { KeyAccountHealthQuery } from '../graphql/key-account-health-query.js';
import { KeyPeopleQuery } from '../graphql/key-people-query.js';
import { paretoData } from '../pareto.js';
import { AccountsTable } from './AccountsTable.js';
import { HealthHeadline } from './HealthHeadline.js';
import { KeyPeopleTable } from './KeyPeopleTable.js';
import { ParetoChart } from './ParetoChart.js';

/** How many of the most powerful people the key-people table weighs. */
const KEY_PEOPLE = 20;

/** /accounts: key-account health of a territory: Pareto, key accounts' and the largest account's share, the four criteria for accounts and for people. */
export function AccountsPage() {
  const viewer = useViewer();
  const [params, update] = useSearchState(accountsCodec);
  const territories = useQuery(TerritoriesQuery);
  const list = territories.data?.territories ?? [];
  const territoryId = params.territory ?? list[0]?.id ?? null;
  const health = useQuery(KeyAccountHealthQuery, territoryId ? { variables: { scope: { territoryId }, period: params.period } } : skipToken);
  const keyPeople = useQuery(KeyPeopleQuery, territoryId ? { variables: { scope: { territoryId }, period: params.period, first: KEY_PEOPLE } } : skipToken);
  const [period, setPeriod] = useState(params.period ?? '');
  useEffect(() => setPeriod(params.period ?? ''), [params.period]);

  const data = health.data?.keyAccountHealth;
  const pareto = useMemo(() => (data ? paretoData(data.accounts) : null), [data]);
  const territoryName = list.find((t) => t.id === territoryId)?.name ?? territoryId;

  const picker = (
    <BarSelect
      className="scope-picker"
      label={tr('nodeLabelLabels.Territory')}
      items={list}
      value={territoryId}
      onChange={(territory) => update({ territory, period: null }, 'push')}
      none={list.length ? undefined : territories.loading ? tr('map.scope.loading') : tr('accounts.noTerritories')}
      disabled={!list.length}
      testId="territory-picker"
    />
  );

  return (
    <PageShell current="accounts" userName={viewer.name} controls={picker}>
      <main className="page-main accounts-page" data-testid="accounts-page">
        <PageHead
          title={territoryName ? tr('accounts.titleIn', { name: territoryName }) : tr('accounts.title')}
          actions={
            <form
              className="period-form"
              onSubmit={(e) => {
                e.preventDefault();
                update({ period: period.trim() || null }, 'push');
              }}
            >
              <label className="inline-field">
                {tr('accounts.period')}
                <input type="text" name="period" value={period} onChange={(e) => setPeriod(e.target.value)} placeholder={data?.period ?? tr('accounts.latestPlaceholder')} size={8} />
              </label>
              <button type="submit">{tr('accounts.show')}</button>
              {params.period && (
                <button type="button" className="link-button" onClick={() => update({ period: null }, 'push')}>
                  {tr('accounts.latest')}
                </button>
              )}
            </form>
          }
        >
          <p className="muted">{tr('accounts.intro')}</p>
        </PageHead>
        <QueryState loading={territories.loading} error={territories.error} what={tr('accounts.territoriesWhat')} onRetry={() => territories.refetch()} hasData={!!territories.data}>
          {territories.data && list.length === 0 && <p className="empty-state">{tr('accounts.noTerritory')}</p>}
          {territoryId && (
            <QueryState loading={health.loading} error={health.error} what={tr('accounts.healthOf', { name: territoryName ?? territoryId })} onRetry={() => health.refetch()} hasData={!!data}>
              {data && pareto && data.accounts.length === 0 && <p className="empty-state">{tr('accounts.noSales', { name: territoryName ?? territoryId, period: data.period })}</p>}
              {data && pareto && data.accounts.length > 0 && (
                <>
                  <HealthHeadline health={data} />
                  <section className="card-section">
                    <div className="section-head">
                      <h2>{tr('accounts.paretoOf', { period: data.period })}</h2>
                      <span className="muted small">
                        {tr('accounts.paretoHint', { count: data.accounts.length })}
                      </span>
                    </div>
                    <ParetoChart data={pareto} />
                  </section>
                  <section className="card-section">
                    <div className="section-head">
                      <h2>{tr('accounts.criteriaHeading')}</h2>
                      <span className="muted small">{tr('accounts.criteriaHint')}</span>
                    </div>
                    <AccountsTable accounts={data.accounts} />
                  </section>
                </>
              )}
            </QueryState>
          )}
          {territoryId && (
            <section className="card-section" data-testid="key-people">
              <div className="section-head">
                <h2>{KEY_PEOPLE_WORDS.heading}</h2>
                <span className="muted small">{KEY_PEOPLE_WORDS.intro(KEY_PEOPLE, territoryName ?? territoryId)}</span>
              </div>
              <QueryState loading={keyPeople.loading} error={keyPeople.error} what={KEY_PEOPLE_WORDS.what} onRetry={() => keyPeople.refetch()} hasData={!!keyPeople.data}>
                {keyPeople.data && keyPeople.data.keyPeople.length === 0 && <p className="empty-state">{KEY_PEOPLE_WORDS.nobody(territoryName ?? territoryId)}</p>}
                {keyPeople.data && keyPeople.data.keyPeople.length > 0 && (
                  <>
                    {keyPeople.data.keyPeople.every((k) => k.profitability === 0) && <p className="muted small">{KEY_PEOPLE_WORDS.noSales}</p>}
                    <KeyPeopleTable people={keyPeople.data.keyPeople} scope={{ kind: 'territory', id: territoryId }} />
                  </>
                )}
              </QueryState>
            </section>
          )}
        </QueryState>
      </main>
    </PageShell>
  );
}
