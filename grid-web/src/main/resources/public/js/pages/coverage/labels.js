// The coverage map's grid labels, thinned so that they can be read: on a phone the district is small
// and a label per grid would pile up. A label stays only when it fits inside its grid on screen and
// does not overlap a label already kept, the biggest grids being placed first.

/** Screen pixels a label may stick out of its grid's bounding box (its rounded padding). */
const SLACK_PX = 4;

/**
 * Shows or hides each grid label in the map container (`.grid-label` tooltips whose span carries
 * `data-code`) by the rule above and returns how many are shown. gridLayer is createGridLayer's
 * answer (for a grid's bounds), features the grids on show (for their areas).
 */
export function declutterLabels(map, container, gridLayer, features) {
  if (!gridLayer) {
    return 0;
  }
  const area = new Map(features.map((feature) => [String(feature.properties?.code ?? feature.id ?? ''),
    Number(feature.properties?.area_km2) || 0]));
  const labels = [...container.querySelectorAll('.leaflet-tooltip.grid-label')]
    .map((tooltip) => ({ tooltip, code: tooltip.querySelector('[data-code]')?.dataset.code ?? '' }))
    .filter((label) => area.has(label.code));
  labels.forEach((label) => label.tooltip.classList.remove('label-crowded'));
  // Measured all at once, before any is hidden: one layout, not one per label.
  labels.forEach((label) => {
    label.box = label.tooltip.getBoundingClientRect();
    label.grid = screenBox(map, container, gridLayer.bounds(label.code));
  });
  labels.sort((a, b) => area.get(b.code) - area.get(a.code));
  const kept = [];
  for (const label of labels) {
    if (label.grid && fitsIn(label.box, label.grid) && !kept.some((other) => overlap(other.box, label.box))) {
      kept.push(label);
    } else {
      label.tooltip.classList.add('label-crowded');
    }
  }
  return kept.length;
}

/** A grid's bounds as a rectangle in the page's coordinates, as getBoundingClientRect gives them. */
function screenBox(map, container, bounds) {
  if (!bounds?.isValid?.()) {
    return null;
  }
  const origin = container.getBoundingClientRect();
  const northWest = map.latLngToContainerPoint(bounds.getNorthWest());
  const southEast = map.latLngToContainerPoint(bounds.getSouthEast());
  return {
    left: origin.left + Math.min(northWest.x, southEast.x),
    right: origin.left + Math.max(northWest.x, southEast.x),
    top: origin.top + Math.min(northWest.y, southEast.y),
    bottom: origin.top + Math.max(northWest.y, southEast.y),
  };
}

function fitsIn(box, grid) {
  return box.width <= grid.right - grid.left + 2 * SLACK_PX && box.height <= grid.bottom - grid.top + 2 * SLACK_PX;
}

function overlap(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
