import { CATEGORICAL } from '../palette';

const CENTER_X = 100;
const CENTER_Y = 100;
const RADIUS = 80;

/** The point of the semicircle for a score in [−100, 100] (clamped): −100 on the left, +100 on the right. */
export function gaugePoint(score: number): { x: number; y: number } {
  const clamped = Math.min(100, Math.max(-100, score));
  const angle = Math.PI * (1 - (clamped + 100) / 200);
  return { x: CENTER_X + RADIUS * Math.cos(angle), y: CENTER_Y - RADIUS * Math.sin(angle) };
}

/** The arc between two scores, clockwise (increasing scores), never more than half a circle. */
function arcPath(from: number, to: number): string {
  const start = gaugePoint(from);
  const end = gaugePoint(to);
  return `M ${start.x.toFixed(2)} ${start.y.toFixed(2)} A ${RADIUS} ${RADIUS} 0 0 1 ${end.x.toFixed(2)} ${end.y.toFixed(2)}`;
}

/**
 * A semicircular gauge from −100 to +100 with the needle at the score and its 95% interval as a
 * band along the arc. Plain SVG (no layout measurement), so it also renders in tests.
 */
export function NpsGauge(props: { score: number; low: number; high: number; label: string; valueText: string; scaleTexts: { min: string; max: string } }) {
  const needle = gaugePoint(props.score);
  return (
    <div className="gauge" role="img" aria-label={props.label}>
      <svg viewBox="0 0 200 128" aria-hidden="true" focusable="false">
        <path d={arcPath(-100, 100)} fill="none" stroke="var(--border, #d9d9de)" strokeWidth={18} />
        <line x1={CENTER_X} y1={CENTER_Y - RADIUS - 12} x2={CENTER_X} y2={CENTER_Y - RADIUS + 12} stroke="currentColor" strokeWidth={1} />
        {props.high > props.low && <path d={arcPath(props.low, props.high)} fill="none" stroke={CATEGORICAL[4]} strokeWidth={18} />}
        <line x1={CENTER_X} y1={CENTER_Y} x2={needle.x.toFixed(2)} y2={needle.y.toFixed(2)} stroke={CATEGORICAL[0]} strokeWidth={4} strokeLinecap="round" />
        <circle cx={CENTER_X} cy={CENTER_Y} r={6} fill={CATEGORICAL[0]} />
        <text x={CENTER_X} y={CENTER_Y + 24} textAnchor="middle" className="gauge__value">
          {props.valueText}
        </text>
        <text x={20} y={CENTER_Y + 18} textAnchor="middle" className="gauge__scale">
          {props.scaleTexts.min}
        </text>
        <text x={180} y={CENTER_Y + 18} textAnchor="middle" className="gauge__scale">
          {props.scaleTexts.max}
        </text>
      </svg>
    </div>
  );
}
