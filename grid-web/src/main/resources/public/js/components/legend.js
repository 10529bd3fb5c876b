// The legend: the levels of the tier on show, the outlines, the coverage findings, and the
// directory layers (sources by rating, rivers, protection zones); on the coverage map, the classes
// of the measure on show, unstaffed grids and the problem and complaint points.
// Colours come from the layer styles so the legend cannot drift from the map.

import { t } from '../i18n/index.js';
import { NO_DATA_COLOR, UNSTAFFED_STYLE } from '../layers/coverage.js';
import { ALL_KINDS, DRAWN_KINDS, FINDING_STYLES } from '../layers/findings.js';
import { LEVEL_STYLES, SELECTION_COLOR, TIER_LEVELS } from '../layers/grids.js';
import { POINT_KINDS } from '../layers/points.js';
import { RIVER_STYLE } from '../layers/rivers.js';
import { KEY_RING, RATING_COLORS, RATINGS, RING } from '../layers/sources.js';
import { ZONE_LEVELS, ZONE_STYLES, zoneLevelName } from '../layers/zones.js';
import { formatPercent, levelName } from './format.js';

/**
 * Renders the legend entries into list for the given state:
 * { tier, hasDistrict, hasParents, showsFindings, gaps, slivers } (gaps/slivers are counts, null
 * while unknown; hasParents: first-level boundaries are drawn over the tier; showsFindings: false
 * when the signed-in person may not see the coverage findings).
 */
export function renderLegend(list, { tier, hasDistrict, hasParents = tier === 2, showsFindings = true, gaps, slivers }) {
  const items = [];
  for (const level of TIER_LEVELS[tier] ?? []) {
    const style = LEVEL_STYLES[level];
    items.push(item(levelName(level), fillSwatch(style.fillColor, style.color), `level-${level}`));
  }
  if (tier === 2 && hasParents) {
    items.push(item(t('legend.parentBoundary'), lineSwatch('#263238', 'solid'), 'parent-outline'));
  }
  if (hasDistrict) {
    items.push(item(t('legend.district'), lineSwatch(LEVEL_STYLES.district.color, 'dashed'), 'district'));
  }
  if (showsFindings) {
    items.push(item(withCount(t('legend.gap'), gaps), findingSwatch('gap'), 'gap', t('legend.gap.hint')));
  }
  if (slivers) {
    items.push(item(withCount(t('legend.sliver'), slivers), findingSwatch('sliver'), 'sliver'));
  }
  items.push(item(t('legend.selected'), lineSwatch(SELECTION_COLOR, 'solid', 4), 'selected'));
  list.replaceChildren(...items);
}

/**
 * The import page's legend: each kind of finding a file's dry run found, coloured as on the map, with its count
 * (findings: the drawn layer's summary, answering countOf(kind)); the levels of the file's grids.
 */
export function renderFindingLegend(list, { findings, levels = [] }) {
  const items = levels.filter((level) => LEVEL_STYLES[level]).map((level) => item(levelName(level),
    fillSwatch(LEVEL_STYLES[level].fillColor, LEVEL_STYLES[level].color), `level-${level}`));
  for (const kind of ALL_KINDS) {
    const count = findings ? findings.countOf(kind) : 0;
    if (count > 0) {
      const swatch = DRAWN_KINDS.includes(kind) ? findingSwatch(kind.toLowerCase())
        : fillSwatch(FINDING_STYLES[kind].fillColor, FINDING_STYLES[kind].color);
      items.push(item(withCount(t(`finding.${kind}`), count), swatch, `finding-${kind}`));
    }
  }
  list.replaceChildren(...items);
}

/**
 * The coverage map's legend: one entry per class of the measure (data-color gives its fill), grids
 * with no value, unstaffed grids and gaps with their counts (null while unknown), the outlines.
 */
export function renderCoverageLegend(list, { classes, unstaffed, gaps, showsGaps, hasDistrict }) {
  const items = classes.map((found) => {
    const entry = item(classLabel(found), fillSwatch(found.color, '#495057'), `class-${found.index}`);
    entry.dataset.color = found.color;
    return entry;
  });
  // On the map the legend stays small: what an entry means is its tooltip.
  const explained = (entry, hint) => Object.assign(entry, { title: hint });
  items.push(explained(item(t('coverage.legend.noData'), fillSwatch(NO_DATA_COLOR, '#495057'), 'no-data'),
    t('coverage.legend.noData.hint')));
  const hatch = fillSwatch('transparent', UNSTAFFED_STYLE.color);
  hatch.classList.add('swatch-unstaffed');
  items.push(explained(item(withCount(t('coverage.legend.unstaffed'), unstaffed), hatch, 'unstaffed'),
    t('coverage.legend.unstaffed.hint')));
  if (showsGaps) {
    items.push(explained(item(withCount(t('legend.gap'), gaps), findingSwatch('gap'), 'gap'), t('coverage.legend.gap.hint')));
  }
  if (hasDistrict) {
    items.push(item(t('legend.district'), lineSwatch(LEVEL_STYLES.district.color, 'dashed'), 'district'));
  }
  items.push(item(t('legend.selected'), lineSwatch(SELECTION_COLOR, 'solid', 4), 'selected'));
  list.replaceChildren(...items);
}

function classLabel(found) {
  if (found.rate) {
    return found.from === found.to ? formatPercent(found.to)
      : t('coverage.legend.rateRange', { from: formatPercent(found.from), to: formatPercent(found.to) });
  }
  return found.from === found.to ? String(found.from) : `${found.from} – ${found.to}`;
}

/** The legend under the points toggle: problems and complaints with their counts, overdue ones, clusters. */
export function renderPointLegend(list, points) {
  const marker = (className) => {
    const swatch = document.createElement('span');
    swatch.className = `swatch swatch-point ${className}`;
    return swatch;
  };
  const items = POINT_KINDS.map((kind) => item(
    withCount(t(`points.kind.${kind}`), points ? points.countOf(kind) : null),
    marker(`point-marker point-${kind}`),
    `point-${kind}`,
  ));
  items.push(item(t('points.legend.overdue'), marker('point-marker point-overdue'), 'point-overdue'));
  items.push(item(t('points.legend.cluster'), marker('point-cluster'), 'point-cluster'));
  list.replaceChildren(...items);
}

function item(text, swatch, key, hint) {
  const entry = document.createElement('li');
  entry.dataset.legend = key;
  const label = document.createElement('span');
  label.className = 'legend-label';
  label.textContent = text;
  entry.append(swatch, label);
  if (hint) {
    const small = document.createElement('small');
    small.className = 'legend-hint';
    small.textContent = hint;
    entry.append(small);
  }
  return entry;
}

function withCount(text, count) {
  return typeof count === 'number' ? t('legend.count', { label: text, count }) : text;
}

function fillSwatch(fill, stroke) {
  const swatch = document.createElement('span');
  swatch.className = 'swatch swatch-fill';
  swatch.style.backgroundColor = fill;
  swatch.style.borderColor = stroke;
  return swatch;
}

function lineSwatch(color, lineStyle, width = 2) {
  const swatch = document.createElement('span');
  swatch.className = 'swatch swatch-line';
  swatch.style.borderTopColor = color;
  swatch.style.borderTopStyle = lineStyle;
  swatch.style.borderTopWidth = `${width}px`;
  return swatch;
}

function findingSwatch(kind) {
  const swatch = document.createElement('span');
  // The hatch is drawn by CSS; the border colour is the layer's.
  swatch.className = `swatch swatch-fill swatch-${kind}`;
  swatch.style.borderColor = FINDING_STYLES[kind.toUpperCase()].color;
  return swatch;
}

/**
 * The legend under the 监管对象 toggle: one entry per credit rating with its count, and the ring
 * that marks key dischargers. sources is the layer's summary (null while loading).
 */
export function renderSourceLegend(list, sources) {
  const items = RATINGS.map((rating) => item(
    withCount(t('legend.rating', { rating }), sources ? sources.countOf(rating) : null),
    dotSwatch(RATING_COLORS[rating], RING),
    `rating-${rating}`,
  ));
  items.push(item(
    withCount(t('legend.keyDischarger'), sources ? sources.keyDischargers : null),
    dotSwatch('#ffffff', KEY_RING),
    'key-discharger',
  ));
  list.replaceChildren(...items);
}

/** The legend under the 饮用水水源保护区 toggle: the levels present (all of them while loading). */
export function renderZoneLegend(list, zones) {
  const levels = zones?.levels?.length ? zones.levels : ZONE_LEVELS;
  list.replaceChildren(...levels.map((level) => {
    const style = ZONE_STYLES[level];
    const swatch = fillSwatch(style.fillColor, style.color);
    swatch.style.opacity = String(Math.min(1, style.fillOpacity + 0.35));
    return item(zoneLevelName(level), swatch, `zone-${level}`);
  }));
}

/** A short stretch of river, for the 河道 toggle. */
export function riverSwatch() {
  return lineSwatch(RIVER_STYLE.color, 'solid', RIVER_STYLE.weight);
}

function dotSwatch(fill, ring) {
  const swatch = document.createElement('span');
  swatch.className = 'swatch swatch-dot';
  swatch.style.backgroundColor = fill;
  swatch.style.borderColor = ring.color === '#ffffff' ? '#adb5bd' : ring.color;
  swatch.style.borderWidth = `${Math.max(1, Math.round(ring.weight))}px`;
  return swatch;
}
