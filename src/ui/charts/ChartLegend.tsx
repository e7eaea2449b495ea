/**
 * The charts' legend. Recharts' own labels each icon "<series> legend icon" in English for screen
 * readers; here the icon is decorative (aria-hidden) and the series name is the text beside it,
 * in the page's language. The markup keeps Recharts' class names, which the SVG export reads
 * (src/ui/export/chartSvg.ts): a line series shows a line (dashed when the series is), a bar or
 * area series a square. The name is in the page's text colour (Recharts colours it like the
 * series, which some series colours do not keep readable on the background).
 */
import type { LegendPayload } from 'recharts';

const ICON = 14;

function LegendIcon(props: { entry: LegendPayload }) {
  const { entry } = props;
  const colour = entry.color ?? 'currentColor';
  const dashed = (entry.payload as { strokeDasharray?: string | number } | undefined)?.strokeDasharray;
  const isLine = entry.type === 'line' || entry.type === 'plainline';
  return (
    <svg width={ICON} height={ICON} viewBox={`0 0 ${ICON} ${ICON}`} aria-hidden="true" focusable="false" className="chart-legend__icon">
      {isLine ? (
        <path d={`M0,${ICON / 2}H${ICON}`} stroke={colour} strokeWidth={3} strokeDasharray={dashed === undefined ? undefined : String(dashed).replace(/\d+/g, (n) => String(Math.max(1, Math.round(Number(n) / 2))))} fill="none" />
      ) : entry.type === 'circle' ? (
        <circle cx={ICON / 2} cy={ICON / 2} r={ICON / 2 - 1} fill={colour} />
      ) : (
        <rect x={1} y={1} width={ICON - 2} height={ICON - 2} fill={colour} />
      )}
    </svg>
  );
}

export function ChartLegendContent(props: { payload?: readonly LegendPayload[] }) {
  const entries = (props.payload ?? []).filter((entry) => entry.type !== 'none' && entry.value !== undefined);
  if (entries.length === 0) return null;
  return (
    <ul className="recharts-default-legend chart-legend">
      {entries.map((entry, i) => (
        <li key={`${String(entry.dataKey ?? entry.value)}-${i}`} className={`recharts-legend-item legend-item-${i}`}>
          <LegendIcon entry={entry} />
          <span className="recharts-legend-item-text">
            {entry.value}
          </span>
        </li>
      ))}
    </ul>
  );
}
