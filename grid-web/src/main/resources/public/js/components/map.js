// The Leaflet map: the configured basemap or a plain background (basemap.js), panes that keep the
// layers in a fixed order, and fitting the view to the data.

import { initialView, maxZoom } from '../config.js';
import { addBasemap } from './basemap.js';
import { L } from './leaflet.js';

/** Panes above Leaflet's own overlayPane (400), which holds the grids. */
export const PANES = {
  // The hatch over grids that nobody supervises lies on their colours, under every outline.
  unstaffed: { name: 'unstaffed', zIndex: 410 },
  parentOutline: { name: 'parentOutline', zIndex: 420 },
  district: { name: 'district', zIndex: 430 },
  selection: { name: 'selection', zIndex: 440 },
  findings: { name: 'findings', zIndex: 450 },
  // The directory over the grids: protection zones, then rivers, then the point sources on top.
  zones: { name: 'zones', zIndex: 460 },
  rivers: { name: 'rivers', zIndex: 470 },
  sources: { name: 'sources', zIndex: 480 },
};

/**
 * A map in the container, at the bounds given (a Leaflet LatLngBounds, e.g. the district's extent) or else at the
 * configured initial view until a page fits it to its data.
 */
export function createMap(container, { bounds = null } = {}) {
  if (!L) {
    throw new Error('Leaflet did not load');
  }
  const map = L.map(container, {
    center: bounds ? undefined : initialView.center,
    zoom: bounds ? undefined : initialView.zoom,
    // Without a basemap nothing else bounds the zoom, and marker clustering needs a bound.
    maxZoom,
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    // SVG, not canvas: the browser test and the hatch pattern need one element per grid.
    preferCanvas: false,
    // the basemap's attribution, when there is one, is added with it
    attributionControl: false,
  });
  if (bounds) {
    map.fitBounds(bounds, { padding: [8, 8] });
  }
  for (const pane of Object.values(PANES)) {
    map.createPane(pane.name).style.zIndex = String(pane.zIndex);
  }
  // Outlines are context only: clicks go through to the grids.
  for (const pane of [PANES.unstaffed, PANES.parentOutline, PANES.district, PANES.selection]) {
    map.getPane(pane.name).style.pointerEvents = 'none';
  }

  addBasemap(map);
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  // Leaflet only notices window resizes; the panel collapsing or a scrollbar appearing also
  // changes the map's size.
  new ResizeObserver(() => map.invalidateSize()).observe(container);
  return map;
}

/**
 * Fits the view to whichever of the given layers have bounds; leaves the view alone if none do.
 * options are Leaflet's fitBounds options, for a page whose panels cover part of the map.
 */
export function fitToLayers(map, layers, options = { padding: [16, 16] }) {
  let bounds = null;
  for (const layer of layers) {
    const layerBounds = layer?.getBounds?.();
    if (layerBounds?.isValid()) {
      bounds = bounds ? bounds.extend(layerBounds) : L.latLngBounds(layerBounds.getSouthWest(), layerBounds.getNorthEast());
    }
  }
  if (bounds) {
    map.fitBounds(bounds, options);
  }
}
