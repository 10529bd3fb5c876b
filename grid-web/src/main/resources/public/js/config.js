// Settings of the map pages. The basemap is the server's setting (ENVGRID_BASEMAP_URL or
// ENVGRID_BASEMAP_MBTILES, see components/basemap.js): without one the maps draw on a plain background.

/** Where the map starts before the data arrives (lat, lon) — the view is then fitted to the grids. */
export const initialView = { center: [31.23, 121.47], zoom: 10 };

/** The closest zoom offered: street level, closer than any grid or source needs. */
export const maxZoom = 19;

/** Simplification tolerance in metres asked of the server, per tier: enough for display. */
export const simplifyMetres = { 1: 50, 2: 20, 3: 10 };

/** Labels are always shown when a tier has at most this many grids. */
export const alwaysLabelUpTo = 12;
