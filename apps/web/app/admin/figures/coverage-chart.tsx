import type { SpecialtyCategory } from '../../api/graphql.generated';
import { useLocale } from '../../components/locale';

export interface ChartState {
  state: string;
  categories: Array<{ category: SpecialtyCategory; serving: number }>;
}

const WIDTH = 360;
const LABEL_WIDTH = 36;
const VALUE_WIDTH = 40;
const BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const LEGEND_HEIGHT = 48;
const BAR_HEIGHT = 10;
const BAR_GAP = 2;
const ROW_GAP = 6;
// Both pass 3:1 against white as graphics must; the bars' order (and the legend's) tells them apart too.
const COLORS: Record<SpecialtyCategory, string> = { GYNECOLOGY: '#005ea2', PRIMARY_CARE: '#c05600' };

/**
 * Listings serving each state, one bar per kind of care: drawn on the server, no script. It is one image to a screen
 * reader (its title and description); the table beside it holds the same figures and is what to read.
 */
export function CoverageChart({ states, categories }: { states: ChartState[]; categories: SpecialtyCategory[] }) {
  const { t, number } = useLocale();
  const rowHeight = categories.length * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
  const height = LEGEND_HEIGHT + states.length * rowHeight;
  const longest = Math.max(1, ...states.flatMap((state) => state.categories.map((c) => c.serving)));
  return (
    <svg
      className="coverage-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby="coverage-chart-title coverage-chart-description"
    >
      <title id="coverage-chart-title">{t('coverage.chartTitle')}</title>
      <desc id="coverage-chart-description">{t('coverage.chartDescription')}</desc>
      {categories.map((category, index) => (
        <g key={category} transform={`translate(0 ${index * 16})`}>
          <rect width="12" height="12" fill={COLORS[category]} />
          <text x="18" y="10" className="coverage-chart__text">
            {t(`coverage.category.${category}`)}
          </text>
        </g>
      ))}
      <text x={WIDTH} y="10" textAnchor="end" className="coverage-chart__text">
        {t('coverage.chartScale', { count: number(longest) })}
      </text>
      {states.map((state, row) => (
        <g key={state.state} transform={`translate(0 ${LEGEND_HEIGHT + row * rowHeight})`}>
          <text y={rowHeight / 2} className="coverage-chart__text">
            {state.state}
          </text>
          {state.categories.map(({ category, serving }, index) => {
            const y = index * (BAR_HEIGHT + BAR_GAP);
            const width = (serving / longest) * BAR_AREA;
            return (
              <g key={category}>
                <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} fill={COLORS[category]} />
                <text x={LABEL_WIDTH + width + 4} y={y + BAR_HEIGHT - 1} className="coverage-chart__value">
                  {number(serving)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
