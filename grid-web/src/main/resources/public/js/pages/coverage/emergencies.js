// The period's environmental emergencies on the coverage map (#18): a marker each, coloured by level, an open one
// ringed; drawn while its toggle is on and fetched again when the period changed. A click opens the emergency.

import { fetchEmergencyPoints } from '../../components/api.js';
import { describeError, formatInstant } from '../../components/format.js';
import { L } from '../../components/leaflet.js';
import { t } from '../../i18n/index.js';

/** The overlay of {@code map}, shown by {@code toggle}, its count in {@code count}; update() after a period change. */
export function createEmergencyOverlay(map, toggle, count, periodOf) {
  let layer = null;
  let loadedPeriod = null;

  async function update() {
    const period = periodOf();
    layer?.remove();
    count.title = '';
    if (!toggle.checked || !L) {
      count.textContent = '';
      return;
    }
    if (loadedPeriod !== period) {
      layer = null;
      loadedPeriod = period;
      count.textContent = t('layers.loading');
      try {
        const points = await fetchEmergencyPoints({ period });
        if (loadedPeriod !== period) {
          return;
        }
        layer = L.featureGroup(points.map(marker));
        count.textContent = t('layers.count', { count: points.length });
      } catch (error) {
        if (loadedPeriod === period) {
          // fetched again when next asked for
          loadedPeriod = null;
          count.textContent = t('layers.failed');
          count.title = describeError(error);
        }
        return;
      }
    }
    if (layer && toggle.checked) {
      layer.addTo(map);
    }
  }

  toggle.addEventListener('change', update);
  return { update };
}

function marker(e) {
  const state = e.open ? ` · ${t('emergency.state.open')}` : '';
  return L.circleMarker([e.lat, e.lon], {
    radius: 8, className: `emergency-marker level-${e.level}${e.open ? ' is-open' : ''}`,
  }).bindTooltip(`${t(`emergency.level.${e.level}`)} · ${e.typeName} · ${e.gridName} · ${formatInstant(e.occurredAt)}`
    + state).on('click', () => {
    window.location.href = `emergencies.html?id=${encodeURIComponent(e.id)}`;
  });
}
