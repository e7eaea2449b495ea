/**
 * One figure with an optional detail line (an interval, a count, what it covers). Like KpiCard,
 * the raw value is kept in data-value for tests and exports; null shows a dash.
 * Use inside a plain <div className="kpis">: each card holds its own <dl>, because a <dl> may not
 * hold a div with a role (axe: definition-list, dlitem).
 */
export function StatCard(props: { label: string; value: number | null; format: (value: number) => string; detail?: string | null }) {
  return (
    <div className="kpi" role="group" aria-label={props.label}>
      <dl className="kpi__figure">
        <dt>{props.label}</dt>
        <dd data-value={props.value ?? ''}>{props.value === null ? '—' : props.format(props.value)}</dd>
      </dl>
      {props.detail && <span className="kpi__change">{props.detail}</span>}
    </div>
  );
}
