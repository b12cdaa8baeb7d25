import type { KeyAccountHealthQuery } from '../../../gql/graphql.js';
import { MONO_DEPENDENT_ABOVE, NORMAL_BAND, formatMoney, formatPct, statusInfo } from '../pareto.js';

type Health = KeyAccountHealthQuery['keyAccountHealth'];

/** Where the key accounts' share sits on 0..100%: the 30-55% norm, the 75% mono-dependence line. */
export function ShareGauge({ share }: { share: number }) {
  const pct = Math.max(0, Math.min(1, share)) * 100;
  return (
    <div className="share-gauge" role="img" aria-label={`Key accounts bring ${pct.toFixed(0)}% of sales; normal is 30 to 55%, above 75% is mono-dependence`}>
      <div className="gauge-track">
        <span className="gauge-normal" style={{ left: `${NORMAL_BAND[0] * 100}%`, width: `${(NORMAL_BAND[1] - NORMAL_BAND[0]) * 100}%` }} />
        <span className="gauge-danger" style={{ left: `${MONO_DEPENDENT_ABOVE * 100}%`, width: `${(1 - MONO_DEPENDENT_ABOVE) * 100}%` }} />
        <span className="gauge-marker" style={{ left: `${pct}%` }} />
      </div>
      <div className="gauge-scale">
        <span style={{ left: '0%' }}>0</span>
        <span style={{ left: `${NORMAL_BAND[0] * 100}%` }}>30</span>
        <span style={{ left: `${NORMAL_BAND[1] * 100}%` }}>55</span>
        <span style={{ left: `${MONO_DEPENDENT_ABOVE * 100}%` }}>75</span>
        <span style={{ left: '100%' }}>100%</span>
      </div>
    </div>
  );
}

/** The figures a head of key accounts reads first, and the mono-dependence flag. */
export function HealthHeadline({ health }: { health: Health }) {
  const status = statusInfo(health.keyAccountStatus);
  const keyCount = health.accounts.filter((a) => a.keyAccount).length;
  const top20Count = health.accounts.filter((a) => a.inTop20).length;
  return (
    <>
      {health.monoDependent && (
        <div className="alert danger" role="alert" data-testid="mono-dependent">
          <strong>Mono-dependent:</strong> key accounts bring {formatPct(health.keyAccountRevenueShare)} of {health.period} sales, above the 75% line. Losing one of them would hurt badly: develop other accounts.
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
        <section className={`figure-card status-${status.tone}`} data-testid="key-account-share" data-status={health.keyAccountStatus}>
          <h3>Key accounts&rsquo; share of sales</h3>
          <p className="big-figure">
            {formatPct(health.keyAccountRevenueShare)}
            <span className={`status-chip ${status.tone}`}>{status.label}</span>
          </p>
          <ShareGauge share={health.keyAccountRevenueShare} />
          <p className="small muted">
            {keyCount} key account{keyCount === 1 ? '' : 's'} · normal 30-55% · above 75% flags mono-dependence. {status.advice}
          </p>
        </section>
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
