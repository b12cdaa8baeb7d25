import { Bar, CartesianGrid, ComposedChart, Line, Rectangle, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import { PARETO_LINE, formatMoney, type ParetoData, type ParetoRow } from '../pareto.js';

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
      <div>
        Revenue {formatMoney(row.revenue)} · {row.sharePct.toFixed(1)}%
      </div>
      <div>Running share {row.cumulativePct.toFixed(1)}%</div>
      <div className="muted">
        Profit {formatMoney(row.profit)}
        {row.keyAccount ? ' · key account' : ''}
        {row.inTop20 ? ' · top 20%' : ''}
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
              label={{ value: `Top 20% · ${data.top20Count} account${data.top20Count === 1 ? '' : 's'}`, position: 'top', fill: CUT_COLOUR, fontSize: 11, fontWeight: 600 }}
            />
          )}
          <XAxis dataKey="id" tickFormatter={(id: string) => rows.find((r) => r.id === id)?.label ?? id} interval={0} angle={-28} textAnchor="end" height={78} tick={{ fontSize: 11, fill: '#374151' }} tickLine={false} />
          <YAxis yAxisId="revenue" tickFormatter={(v: number) => formatMoney(v)} tick={{ fontSize: 11, fill: '#6b7280' }} width={52} axisLine={false} tickLine={false} label={{ value: 'Revenue', angle: -90, position: 'insideLeft', fill: '#6b7280', fontSize: 11, dy: 30 }} />
          <YAxis yAxisId="share" orientation="right" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 11, fill: '#6b7280' }} width={44} axisLine={false} tickLine={false} />
          <Tooltip content={(props) => <ParetoTooltip active={props.active} payload={props.payload} />} cursor={{ fill: 'rgba(43, 76, 126, 0.06)' }} />
          <Bar
            yAxisId="revenue"
            dataKey="revenue"
            name="Revenue"
            maxBarSize={64}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => {
              const row = rows[props.index];
              return <Rectangle {...props} fill={row?.keyAccount ? KEY_COLOUR : OTHER_COLOUR} radius={[3, 3, 0, 0]} className={row?.keyAccount ? 'pareto-bar key' : 'pareto-bar'} />;
            }}
          />
          <ReferenceLine yAxisId="share" y={PARETO_LINE * 100} stroke={LINE_COLOUR} strokeDasharray="5 4" label={{ value: '80%', position: 'insideTopLeft', fill: LINE_COLOUR, fontSize: 11, fontWeight: 600 }} />
          {data.eightyId && <ReferenceLine yAxisId="share" x={data.eightyId} stroke={LINE_COLOUR} strokeDasharray="2 3" strokeOpacity={0.7} />}
          <Line yAxisId="share" dataKey="cumulativePct" name="Running share" type="monotone" stroke={LINE_COLOUR} strokeWidth={2} dot={{ r: 3, fill: LINE_COLOUR }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="chart-legend">
        <span>
          <span className="legend-box" style={{ background: KEY_COLOUR }} /> Key account
        </span>
        <span>
          <span className="legend-box" style={{ background: OTHER_COLOUR }} /> Other account
        </span>
        <span>
          <span className="legend-line" style={{ background: LINE_COLOUR }} /> Running share of revenue (right axis)
        </span>
        <span>
          <span className="legend-box" style={{ background: '#ede9fe', borderColor: CUT_COLOUR }} /> Top 20% of accounts
        </span>
        {data.eightyCount > 0 && (
          <span className="muted">
            80% of revenue is reached at account {data.eightyCount} of {rows.length}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
