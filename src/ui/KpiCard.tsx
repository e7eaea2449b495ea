import { t } from '../i18n/messages';
import { formatPercent } from '../i18n/numbers';

/** One headline figure with its change against the previous period. `value` is kept raw in data-value for tests and exports. */
export function KpiCard(props: { label: string; value: number | null; previous?: number | null; format: (value: number) => string }) {
  const { label, value, previous } = props;
  const change = value !== null && previous !== null && previous !== undefined && previous !== 0 ? ((value - previous) / Math.abs(previous)) * 100 : null;
  return (
    <div className="kpi" role="group" aria-label={label}>
      {/* Its own <dl>: a <dl> may not hold a div with a role, so the cards sit in a plain <div>. */}
      <dl className="kpi__figure">
        <dt>{label}</dt>
        <dd data-value={value ?? ''}>{value === null ? '—' : props.format(value)}</dd>
      </dl>
      {change !== null && <span className="kpi__change">{t('kpi.previous', { change: `${change >= 0 ? '+' : ''}${formatPercent(change)}` })}</span>}
    </div>
  );
}
