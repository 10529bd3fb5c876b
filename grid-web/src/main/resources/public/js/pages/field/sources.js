// The directory's sources the signed-in person may read: a source's kind picks its checklist, also
// offline later, and an inspection without a duty finds its source by code.

import { fetchSources } from '../../components/api.js';
import { state } from './state.js';

/** The directory's sources the caller may read: their kind picks the checklist, even offline later. */
export async function loadSources() {
  try {
    const collection = await fetchSources();
    for (const feature of collection?.features ?? []) {
      const source = sourceFrom(feature);
      if (source) {
        state.sources.set(source.code, source);
      }
    }
  } catch (error) {
    console.warn('Sources not available', error);
  }
}

export function sourceFrom(feature) {
  const properties = feature?.properties ?? {};
  const code = properties.code ?? feature?.id;
  if (!code) {
    return null;
  }
  const [lon, lat] = feature?.geometry?.type === 'Point' ? feature.geometry.coordinates : [null, null];
  return {
    code: String(code),
    kind: properties.kind ?? null,
    name: properties.name ?? String(code),
    grid: properties.grid ?? null,
    lon: typeof lon === 'number' ? lon : null,
    lat: typeof lat === 'number' ? lat : null,
  };
}
