// A grid's figure over the last periods as a small ECharts chart — bars for counts, a line for
// rates —, where a rise or a fall is seen at a glance rather than read from numbers.

import * as echarts from '../../../webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import { formatPercent } from '../../components/format.js';
import { periodName } from '../../components/period.js';

const COUNT_COLOR = '#e8590c';
const RATE_COLOR = '#2b8a3e';

/**
 * Binds a chart to the container. show(trend, { measure, rate, label }) draws the measure of each
 * element of trend ([{ period, …figures }], oldest first); the container's data-periods and
 * data-values then list what is drawn (values as sent, `null` for none), for tests and tools.
 */
export function createTrendChart(container) {
  // Canvas, not SVG: ECharts' SVG renderer writes style="" attributes, which the pages' Content-Security-Policy
  // refuses (styles come from the stylesheets only); the canvas is drawn at the screen's pixel ratio.
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(container);

  return {
    show(trend, { measure, rate, label }) {
      const values = trend.map((point) => (typeof point[measure] === 'number' ? point[measure] : null));
      const shown = values.map((value) => (value === null ? null : rate ? Math.round(value * 1000) / 10 : value));
      const format = (value) => (value === null || value === undefined ? '—'
        : rate ? formatPercent(value / 100) : String(value));
      chart.setOption({
        aria: { enabled: true },
        animation: false,
        grid: { left: 44, right: 12, top: 26, bottom: 26 },
        // drawn in the chart, not as HTML with style="" attributes (see above)
        tooltip: { trigger: 'axis', valueFormatter: format, renderMode: 'richText' },
        xAxis: {
          type: 'category',
          data: trend.map((point) => shortPeriod(point.period)),
          axisLabel: { interval: 0, fontSize: 11 },
          axisTick: { alignWithLabel: true },
        },
        yAxis: {
          type: 'value',
          min: 0,
          max: rate ? 100 : null,
          minInterval: rate ? null : 1,
          axisLabel: { formatter: rate ? '{value}%' : '{value}', fontSize: 11 },
        },
        series: [{
          name: label,
          type: rate ? 'line' : 'bar',
          data: shown,
          connectNulls: false,
          barMaxWidth: 28,
          itemStyle: { color: rate ? RATE_COLOR : COUNT_COLOR },
          label: { show: true, position: 'top', fontSize: 11, formatter: ({ value }) => format(value) },
        }],
      }, true);
      container.dataset.periods = trend.map((point) => point.period).join(',');
      container.dataset.values = values.map((value) => String(value)).join(',');
      container.setAttribute('aria-label', `${label}: ${trend.map((point, index) => `${periodName(point.period)} ${format(shown[index])}`).join(', ')}`);
    },
    clear() {
      chart.clear();
      delete container.dataset.periods;
      delete container.dataset.values;
      container.removeAttribute('aria-label');
    },
  };
}

/** 2026-Q3 and 2026-11 as they are; a range by its first day (10-01~), which is what tells ranges apart. */
function shortPeriod(text) {
  const range = /^\d{4}-(\d{2}-\d{2})\//.exec(String(text ?? ''));
  return range ? `${range[1]}~` : String(text ?? '');
}
