// Deployment settings for the map page. The page must work offline, so there is no basemap
// unless one is configured here, e.g. an intranet tile server:
//   export const basemapUrl = 'https://tiles.example.gov.cn/{z}/{x}/{y}.png';

/** URL template for an L.tileLayer, or null to draw grids on a plain background. */
export const basemapUrl = null;

/** Attribution shown for the basemap, when there is one. */
export const basemapAttribution = '';

/** Where the map starts before the data arrives (lat, lon) — the view is then fitted to the grids. */
export const initialView = { center: [31.23, 121.47], zoom: 10 };

/** The closest zoom offered: street level, closer than any grid or source needs. */
export const maxZoom = 19;

/** Simplification tolerance in metres asked of the server, per tier: enough for display. */
export const simplifyMetres = { 1: 50, 2: 20, 3: 10 };

/** Labels are always shown when a tier has at most this many grids. */
export const alwaysLabelUpTo = 12;
