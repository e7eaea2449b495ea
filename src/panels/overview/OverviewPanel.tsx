import { t } from '../../i18n/messages';
import { formatInteger, formatMoney, formatPercent } from '../../i18n/numbers';
import { useMetric } from '../../queries/useMetric';
import { useAppStore } from '../../store/store';
import { KpiCard } from '../../ui/KpiCard';
import { PanelFrame } from '../../ui/PanelFrame';

/** Headline figures: orders, customers, revenue, average order value, repeat-purchase rate. */
export function OverviewPanel() {
  const { data, isPending, error } = useMetric('kpis');
  const currency = useAppStore((s) => s.settings.currency);
  const money = (v: number) => formatMoney(v, currency);
  return (
    <PanelFrame id="overview" title={t('kpi.title')} isPending={isPending} error={error}>
      {data?.status === 'ok' ? (
        <div className="kpis">
          <KpiCard label={t('kpi.orders')} value={data.orders} previous={data.previous?.orders} format={formatInteger} />
          <KpiCard label={t('kpi.customers')} value={data.customers} previous={data.previous?.customers} format={formatInteger} />
          <KpiCard label={t('kpi.revenue')} value={data.revenue} previous={data.previous?.revenue} format={money} />
          <KpiCard label={t('kpi.aov')} value={data.averageOrderValue} previous={data.previous?.averageOrderValue} format={money} />
          <KpiCard label={t('kpi.repeatRate')} value={data.repeatPurchaseRate} previous={data.previous?.repeatPurchaseRate} format={(v) => formatPercent(v)} />
        </div>
      ) : (
        <p>{t('kpi.empty')}</p>
      )}
    </PanelFrame>
  );
}
