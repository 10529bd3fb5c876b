// STOPGAP until POST /api/grids/import/inspect lands (issue #14, helper files): a GeoJSON file's keys with sample
// values, read in the browser. Remove this module and its use in grids-import.js once the server answers.

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

async function readCollection(file) {
  try {
    const collection = JSON.parse(await file.text());
    return collection?.type === 'FeatureCollection' && Array.isArray(collection.features) ? collection : null;
  } catch {
    return null;
  }
}
