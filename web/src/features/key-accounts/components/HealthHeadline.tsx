import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { KeyAccountHealthQuery } from '../../../gql/graphql.js';
import { formatCount } from '@shared/format.js';
import { tr } from '@shared/i18n/intl.js';
import { mapScopeHref } from '@shared/urls/map-view.js';
import { LARGEST_ACCOUNT_WORDS } from '@shared/vocabulary/read-model-words.js';
import { slug } from '@shared/vocabulary/values.js';
import { formatMoney, formatPct, shareBand, statusInfo, type ShareThresholds } from '../pareto.js';

type Health = KeyAccountHealthQuery['keyAccountHealth'];

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Where the key accounts' share sits on 0..100%: the normal band and the mono-dependence line, as the API sets them. */
export function ShareGauge({ share, thresholds }: { share: number; thresholds: ShareThresholds }) {
  const pct = Math.max(0, Math.min(1, share)) * 100;
  const { normalShareMin: min, normalShareMax: max, monoDependenceAbove: mono } = thresholds;
  const band = shareBand(thresholds);
  const at = (x: number) => `${x * 100}%`;
  const tick = (x: number) => formatCount(Math.round(x * 100));
  return (
    <div className="share-gauge" role="img" aria-label={tr('accounts.gauge.label', { share: formatPct(pct / 100), min: band.min, max: band.max, mono: band.mono })}>
      <div className="gauge-track">
        <span className="gauge-normal" style={{ left: at(min), width: at(max - min) }} />
        <span className="gauge-danger" style={{ left: at(mono), width: at(1 - mono) }} />
        <span className="gauge-marker" style={{ left: `${pct}%` }} />
      </div>
      <div className="gauge-scale">
        <span style={{ left: '0%' }}>0</span>
        <span style={{ left: at(min) }}>{tick(min)}</span>
        <span style={{ left: at(max) }}>{tick(max)}</span>
        <span style={{ left: at(mono) }}>{tick(mono)}</span>
        <span style={{ left: '100%' }}>{formatPct(1)}</span>
      </div>
    </div>
  );
}

/** The figures a head of key accounts reads first, and the mono-dependence flag. */
export function HealthHeadline({ health }: { health: Health }) {
  const status = statusInfo(health.keyAccountStatus, health);
  const band = shareBand(health);
  const keyCount = health.accounts.filter((a) => a.keyAccount).length;
  const top20Count = health.accounts.filter((a) => a.inTop20).length;
  return (
    <>
      {health.monoDependent && (
        <div className="alert danger" role="alert" data-testid="mono-dependent">
          <FormattedMessage id="accounts.headline.mono" values={{ share: formatPct(health.keyAccountRevenueShare), period: health.period, mono: band.mono, strong }} />
        </div>
      )}
      <div className="headline-grid" data-testid="health-headline">
        <section className="figure-card">
          <h3>{tr('accounts.headline.top20')}</h3>
          <p className="big-figure">{formatPct(health.top20RevenueShare)}</p>
          <p className="muted">
            <FormattedMessage id="accounts.headline.top20Detail" values={{ top: top20Count, total: health.accounts.length, profit: formatPct(health.top20ProfitShare), strong }} />
          </p>
          <p className="small muted">{tr('accounts.headline.pareto')}</p>
        </section>
        <section className={`figure-card status-${status.tone}`} data-testid="key-account-share" data-status={slug(health.keyAccountStatus)}>
          <h3>{tr('accounts.headline.keyShare')}</h3>
          <p className="big-figure">
            {formatPct(health.keyAccountRevenueShare)}
            <span className={`status-chip ${status.tone}`}>{status.label}</span>
          </p>
          <ShareGauge share={health.keyAccountRevenueShare} thresholds={health} />
          <p className="small muted">
            {tr('accounts.headline.keyShareDetail', { count: keyCount, min: formatCount(Math.round(health.normalShareMin * 100)), max: band.max, mono: band.mono })} {status.advice}
          </p>
        </section>
        <LargestAccount health={health} />
        <section className="figure-card">
          <h3>{tr('accounts.headline.period', { period: health.period })}</h3>
          <p className="big-figure">{formatMoney(health.totalRevenue)}</p>
          <p className="muted">
            {tr('accounts.headline.totals', { profit: formatMoney(health.totalProfit), margin: health.totalRevenue ? formatPct(health.totalProfit / health.totalRevenue) : '–' })}
          </p>
        </section>
      </div>
      <p className="health-explanation" data-testid="health-explanation">
        {health.explanation}
      </p>
    </>
  );
}

/** Dependence on one client: the largest account's share of revenue, beside the key accounts' total. */
function LargestAccount({ health }: { health: Health }) {
  const largest = health.largestAccount;
  if (!largest) return null;
  const share = formatPct(health.largestAccountShare);
  return (
    <section className="figure-card largest-account" data-testid="largest-account" data-share={health.largestAccountShare}>
      <h3>{LARGEST_ACCOUNT_WORDS.heading}</h3>
      <p className="big-figure">{share}</p>
      <p>
        <Link to={mapScopeHref({ kind: 'institution', id: largest.institution.id })} title={LARGEST_ACCOUNT_WORDS.openOnMap}>
          {largest.institution.name}
        </Link>
        {largest.keyAccount && <span className="tag key">{LARGEST_ACCOUNT_WORDS.keyAccount}</span>}
      </p>
      <p className="muted">{LARGEST_ACCOUNT_WORDS.share(health.period, formatMoney(largest.revenue))}</p>
      <p className="small muted">{LARGEST_ACCOUNT_WORDS.risk(share, formatPct(health.keyAccountRevenueShare))}</p>
    </section>
  );
}
