import { Link } from 'react-router';
import type { KeyAccountHealthQuery } from '../../../gql/graphql.js';
import { mapScopeHref } from '../../../shared/urls/map-view.js';
import { LARGEST_ACCOUNT_WORDS } from '../../../shared/vocabulary/read-model-words.js';
import { slug } from '../../../shared/vocabulary/values.js';
import { formatMoney, formatPct, shareBand, statusInfo, type ShareThresholds } from '../pareto.js';

type Health = KeyAccountHealthQuery['keyAccountHealth'];

/** Where the key accounts' share sits on 0..100%: the normal band and the mono-dependence line, as the API sets them. */
export function ShareGauge({ share, thresholds }: { share: number; thresholds: ShareThresholds }) {
  const pct = Math.max(0, Math.min(1, share)) * 100;
  const { normalShareMin: min, normalShareMax: max, monoDependenceAbove: mono } = thresholds;
  const band = shareBand(thresholds);
  const at = (x: number) => `${x * 100}%`;
  const tick = (x: number) => String(Math.round(x * 100));
  return (
    <div className="share-gauge" role="img" aria-label={`Key accounts bring ${pct.toFixed(0)}% of sales; normal is ${band.min} to ${band.max}, above ${band.mono} is mono-dependence`}>
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
        <span style={{ left: '100%' }}>100%</span>
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
          <strong>Mono-dependent:</strong> key accounts bring {formatPct(health.keyAccountRevenueShare)} of {health.period} sales, above the {band.mono} line. Losing one of them would hurt badly: develop other accounts.
        </div>
      )}
      <div className="headline-grid" data-testid="health-headline">
        <section className="figure-card">
          <h3>Top 20% of accounts</h3>
          <p className="big-figure">{formatPct(health.top20RevenueShare)}</p>
          <p className="muted">
            of revenue from {top20Count} of {health.accounts.length} accounts · <strong>{formatPct(health.top20ProfitShare)}</strong> of profit
          </p>
          <p className="small muted">Pareto: 20% of clients usually give about 80% of profit.</p>
        </section>
        <section className={`figure-card status-${status.tone}`} data-testid="key-account-share" data-status={slug(health.keyAccountStatus)}>
          <h3>Key accounts&rsquo; share of sales</h3>
          <p className="big-figure">
            {formatPct(health.keyAccountRevenueShare)}
            <span className={`status-chip ${status.tone}`}>{status.label}</span>
          </p>
          <ShareGauge share={health.keyAccountRevenueShare} thresholds={health} />
          <p className="small muted">
            {keyCount} key account{keyCount === 1 ? '' : 's'} · normal {Math.round(health.normalShareMin * 100)}-{band.max} · above {band.mono} flags mono-dependence. {status.advice}
          </p>
        </section>
        <LargestAccount health={health} />
        <section className="figure-card">
          <h3>Period {health.period}</h3>
          <p className="big-figure">{formatMoney(health.totalRevenue)}</p>
          <p className="muted">
            revenue · {formatMoney(health.totalProfit)} profit ({health.totalRevenue ? formatPct(health.totalProfit / health.totalRevenue) : '–'} margin)
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
