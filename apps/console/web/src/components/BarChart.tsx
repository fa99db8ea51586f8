import { format } from '../i18n/catalogue';

export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  bars: readonly Bar[];
  /** How a value reads (a count, euros). */
  formatValue?: (value: number) => string;
}

const BAR_HEIGHT = 28;
const GAP = 10;
const LABEL_WIDTH = 160;
const WIDTH = 640;
/** What fits LABEL_WIDTH at the chart's font size; longer labels are shortened (the table below has them whole). */
const LABEL_CHARACTERS = 20;

function shortLabel(label: string): string {
  return label.length <= LABEL_CHARACTERS ? label : `${label.slice(0, LABEL_CHARACTERS - 1)}…`;
}

/**
 * A horizontal bar chart drawn as SVG (no chart library: a few hundred bytes instead of a hundred
 * kilobytes). The drawing is hidden from assistive technology; the same figures follow as a table,
 * which screen readers read and which stays readable when the chart is too narrow.
 */
export function BarChart({ title, bars, formatValue = format.number }: BarChartProps) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const plot = WIDTH - LABEL_WIDTH - 110;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false" preserveAspectRatio="xMinYMin meet">
        {bars.map((bar, index) => {
          const y = GAP + index * (BAR_HEIGHT + GAP);
          const width = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot);
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT * 0.68} textAnchor="end" className="chart-label">
                {shortLabel(bar.label)}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} rx={3} className="chart-bar" />
              <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.68} className="chart-value">
                {formatValue(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="chart-data">
        <caption className="visually-hidden">{title}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{formatValue(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
