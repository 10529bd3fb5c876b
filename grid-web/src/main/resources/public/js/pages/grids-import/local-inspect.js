// STOPGAP until POST /api/grids/import/inspect and the outcome's `features` land (issue #14, helpers files and
// gridimport): a GeoJSON file's keys with sample values, and its grids for the map, read in the browser. Remove this
// module and its two uses in grids-import.js once the server answers both.

const SAMPLES = 5;

/** What the server's inspect would say of a lon/lat GeoJSON FeatureCollection, or null for any other file. */
export async function inspectLocally(file) {
  const collection = await readCollection(file);
  if (!collection) {
    return null;
  }
  const keys = new Map();
  for (const feature of collection.features) {
    for (const [key, value] of Object.entries(feature?.properties ?? {})) {
      const samples = keys.get(key) ?? [];
      if (samples.length < SAMPLES && value !== null && !samples.includes(String(value))) {
        samples.push(String(value));
      }
      keys.set(key, samples);
    }
  }
  return {
    format: 'geojson',
    layers: [],
    layer: null,
    crs: null,
    features: collection.features.length,
    geometry_types: [...new Set(collection.features.map((feature) => feature?.geometry?.type).filter(Boolean))],
    keys: [...keys].map(([key, samples]) => ({ key, samples })),
    suggested: {},
  };
}

/** The file's grids with the mapping's code, name and level, as the map draws grids; null for other files. */
export async function gridsLocally(file, params) {
  const collection = await readCollection(file);
  if (!collection) {
    return null;
  }
  const property = (feature, key, fallback) => feature.properties?.[params[key] ?? fallback];
  return {
    type: 'FeatureCollection',
    features: collection.features.filter((feature) => feature?.geometry).map((feature) => ({
      type: 'Feature',
      geometry: feature.geometry,
      properties: {
        code: String(params.code ?? property(feature, 'codeProperty', 'code') ?? ''),
        name: params.name ?? property(feature, 'nameProperty', 'name') ?? null,
        level: property(feature, 'levelProperty', 'level') ?? params.level ?? null,
      },
    })),
  };
}

async function readCollection(file) {
  try {
    const collection = JSON.parse(await file.text());
    return collection?.type === 'FeatureCollection' && Array.isArray(collection.features) ? collection : null;
  } catch {
    return null;
  }
}
