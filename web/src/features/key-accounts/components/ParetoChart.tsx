import { Bar, CartesianGrid, ComposedChart, Line, Rectangle, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import { tr } from '@shared/i18n/intl.js';
import { LARGEST_ACCOUNT_WORDS } from '@shared/vocabulary/read-model-words.js';
import { PARETO_LINE, formatMoney, formatPct, type ParetoData, type ParetoRow } from '../pareto.js';

export const KEY_COLOUR = '#2b4c7e';
export const OTHER_COLOUR = '#b7c6dc';
export const LINE_COLOUR = '#d55e00';
export const CUT_COLOUR = '#6d28d9';

function ParetoTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const row = active ? (payload?.[0]?.payload as ParetoRow | undefined) : undefined;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <strong>
        #{row.rank} {row.name}
      </strong>
      <div>{tr('accounts.chart.tooltipRevenue', { revenue: formatMoney(row.revenue), share: formatPct(row.sharePct / 100, 1) })}</div>
      <div>{tr('accounts.chart.tooltipRunning', { share: formatPct(row.cumulativePct / 100, 1) })}</div>
      <div className="muted">
        {tr('accounts.chart.tooltipProfit', { profit: formatMoney(row.profit) })}
        {row.keyAccount ? ` · ${LARGEST_ACCOUNT_WORDS.keyAccount}` : ''}
        {row.inTop20 ? ` · ${tr('accounts.top20Tag')}` : ''}
      </div>
    </div>
  );
}

/** Bars: revenue per account, largest first (key accounts dark); line: running share; the 80% line and the top-20% cut. */
export function ParetoChart({ data, height = 340 }: { data: ParetoData; height?: number }) {
  const { rows } = data;
  const first = rows[0]?.id;
  const keyIds = rows.filter((r) => r.keyAccount).map((r) => r.id);
  return (
    <figure className="pareto-chart" data-testid="pareto-chart" data-accounts={rows.length} data-key-accounts={keyIds.join(',')} data-top20={data.top20Count}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={rows} margin={{ top: 30, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid vertical={false} stroke="#eef2f7" />
          {first && data.top20CutId && (
            <ReferenceArea
              yAxisId="revenue"
              x1={first}
              x2={data.top20CutId}
              fill="#ede9fe"
              fillOpacity={0.55}
              stroke="none"
              label={{ value: tr('accounts.chart.top20Band', { count: data.top20Count }), position: 'top', fill: CUT_COLOUR, fontSize: 11, fontWeight: 600 }}
            />
          )}
          <XAxis dataKey="id" tickFormatter={(id: string) => rows.find((r) => r.id === id)?.label ?? id} interval={0} angle={-28} textAnchor="end" height={78} tick={{ fontSize: 11, fill: '#374151' }} tickLine={false} />
          <YAxis yAxisId="revenue" tickFormatter={(v: number) => formatMoney(v, null)} tick={{ fontSize: 11, fill: '#6b7280' }} width={60} axisLine={false} tickLine={false} label={{ value: tr('accounts.chart.revenue'), angle: -90, position: 'insideLeft', fill: '#6b7280', fontSize: 11, dy: 30 }} />
          <YAxis yAxisId="share" orientation="right" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tickFormatter={(v: number) => formatPct(v / 100)} tick={{ fontSize: 11, fill: '#6b7280' }} width={44} axisLine={false} tickLine={false} />
          <Tooltip content={(props) => <ParetoTooltip active={props.active} payload={props.payload} />} cursor={{ fill: 'rgba(43, 76, 126, 0.06)' }} />
          <Bar
            yAxisId="revenue"
            dataKey="revenue"
            name={tr('accounts.chart.revenue')}
            maxBarSize={64}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => {
              const row = rows[props.index];
              return <Rectangle {...props} fill={row?.keyAccount ? KEY_COLOUR : OTHER_COLOUR} radius={[3, 3, 0, 0]} className={row?.keyAccount ? 'pareto-bar key' : 'pareto-bar'} />;
            }}
          />
          <ReferenceLine yAxisId="share" y={PARETO_LINE * 100} stroke={LINE_COLOUR} strokeDasharray="5 4" label={{ value: formatPct(PARETO_LINE), position: 'insideTopLeft', fill: LINE_COLOUR, fontSize: 11, fontWeight: 600 }} />
          {data.eightyId && <ReferenceLine yAxisId="share" x={data.eightyId} stroke={LINE_COLOUR} strokeDasharray="2 3" strokeOpacity={0.7} />}
          <Line yAxisId="share" dataKey="cumulativePct" name={tr('accounts.chart.runningShare')} type="monotone" stroke={LINE_COLOUR} strokeWidth={2} dot={{ r: 3, fill: LINE_COLOUR }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="chart-legend">
        <span>
          <span className="legend-box" style={{ background: KEY_COLOUR }} /> {tr('accounts.chart.keyAccount')}
        </span>
        <span>
          <span className="legend-box" style={{ background: OTHER_COLOUR }} /> {tr('accounts.chart.otherAccount')}
        </span>
        <span>
          <span className="legend-line" style={{ background: LINE_COLOUR }} /> {tr('accounts.chart.runningLegend')}
        </span>
        <span>
          <span className="legend-box" style={{ background: '#ede9fe', borderColor: CUT_COLOUR }} /> {tr('accounts.headline.top20')}
        </span>
        {data.eightyCount > 0 && (
          <span className="muted">
            {tr('accounts.chart.eighty', { count: data.eightyCount, total: rows.length })}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
