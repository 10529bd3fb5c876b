// The coverage map's thematic layer: grids coloured by one measure of their figures in a few
// classes, and a hatch over the grids that no supervisor answers for.

import { ensureHatches } from '../components/hatches.js';
import { L } from '../components/leaflet.js';
import { PANES } from '../components/map.js';

/**
 * The measures a person can colour the map by. A rate (0…1) is classed by fixed breaks, so that the
 * same colour means the same everywhere and every period; a count by breaks fitted to the grids on
 * show, since "many" depends on how big the grids are. higherIsBetter picks the colour ramp.
 */
export const MEASURES = {
  coverage: { kind: 'rate', higherIsBetter: true },
  duty_completion: { kind: 'rate', higherIsBetter: true },
  duties_overdue: { kind: 'count', higherIsBetter: false },
  problems_open: { kind: 'count', higherIsBetter: false },
  complaints_received: { kind: 'count', higherIsBetter: false },
  plan_progress: { kind: 'rate', higherIsBetter: true },
};

/** Rate classes, worst first: [from, to) with the last one exactly 100 %. */
const RATE_BREAKS = [0, 0.5, 0.7, 0.9, 1];
const RATE_COLORS = ['#d73027', '#fc8d59', '#fee08b', '#91cf60', '#1a9850'];
/** Count classes, none first: 0, then up to four ranges of whole numbers. */
const COUNT_COLORS = ['#f7fcf5', '#fed976', '#fd8d3c', '#e31a1c', '#800026'];
const MAX_COUNT_RANGES = 4;

/** Grids with nothing to measure (a coverage with no object due). */
export const NO_DATA_COLOR = '#ced4da';
/** The outline of a grid without a supervisor, over its hatch. */
export const UNSTAFFED_STYLE = { color: '#343a40', weight: 2, dashArray: '5 4' };
// The fill opacity a selected grid has too (see grids.js): picking a grid must not change its class colour.
const BASE = { color: '#495057', weight: 1.2, opacity: 0.9, fillOpacity: 0.62 };

/**
 * The classes for a measure over the given features: [{ index, from, to, color }] in legend
 * order, `from` and `to` both included for counts, `to` excluded for rates but the last.
 */
export function classesFor(measure, features) {
  if (MEASURES[measure]?.kind === 'rate') {
    return RATE_COLORS.map((color, index) => ({
      index,
      from: RATE_BREAKS[index],
      to: index + 1 < RATE_BREAKS.length ? RATE_BREAKS[index + 1] : 1,
      color,
      rate: true,
    }));
  }
  const values = features.map((feature) => valueOf(feature, measure)).filter((value) => value !== null);
  const max = Math.max(0, ...values);
  const classes = [{ index: 0, from: 0, to: 0, color: COUNT_COLORS[0] }];
  const step = Math.max(1, Math.ceil(max / MAX_COUNT_RANGES));
  for (let from = 1; from <= max; from += step) {
    classes.push({ index: classes.length, from, to: Math.min(max, from + step - 1), color: COUNT_COLORS[classes.length] });
  }
  return classes;
}

/** The class of a value, or null when there is no value to class. */
export function classOf(classes, value) {
  if (value === null) {
    return null;
  }
  const last = classes.length - 1;
  return classes.find((candidate, index) => (candidate.rate && index < last ? value < candidate.to : value <= candidate.to))
    ?? classes[last];
}

/** The feature's value of the measure: a number, or null when the grid has none (nothing due). */
export function valueOf(feature, measure) {
  const value = feature?.properties?.[measure];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The fill of a grid in the choropleth, for createGridLayer's style option. */
export function choroplethStyle(classes, measure) {
  return (feature) => {
    const found = classOf(classes, valueOf(feature, measure));
    return { ...BASE, fillColor: found ? found.color : NO_DATA_COLOR };
  };
}

/**
 * A hatch and a dashed outline over each grid whose `staffed` is false, drawn above the colours
 * and letting clicks through; each path gets `unstaffed-overlay` and `data-code`.
 */
export function unstaffedOverlay(features) {
  ensureHatches();
  return L.geoJSON({ type: 'FeatureCollection', features: features.filter((feature) => feature.properties?.staffed === false) }, {
    pane: PANES.unstaffed.name,
    interactive: false,
    style: () => ({ ...UNSTAFFED_STYLE, fillOpacity: 1, className: 'unstaffed-overlay' }),
    onEachFeature: (feature, layer) => {
      layer.on('add', () => {
        const path = layer.getElement();
        if (path) {
          path.dataset.code = String(feature.properties?.code ?? feature.id ?? '');
        }
      });
    },
  });
}
