// The grids a form offers to choose from (a draw's range, the grid a person is assigned to): named only, so
// fetched with a coarse outline, and listed flat by tier then code.

import { simplifyMetres } from '../config.js';
import { fetchGrids } from './api.js';

/** Only names and codes are needed for a grid choice: a coarse outline is plenty. */
const GRID_SIMPLIFY_M = Math.max(...Object.values(simplifyMetres)) * 4;

/** The grids of these tiers that the caller may read: [{ code, name, level, tier, parent, staffed }], by tier then code. */
export async function fetchGridChoices(tiers) {
  const collections = await Promise.all(tiers.map((tier) => fetchGrids({ tier, simplify: GRID_SIMPLIFY_M })));
  return collections.flatMap((collection, index) => (collection.features ?? []).map((feature) => ({
    code: String(feature.properties?.code ?? feature.id ?? ''),
    name: feature.properties?.name ?? '',
    level: feature.properties?.level ?? null,
    tier: feature.properties?.tier ?? tiers[index],
    parent: feature.properties?.parent ?? null,
    staffed: feature.properties?.staffed,
  }))).sort((a, b) => a.tier - b.tier || a.code.localeCompare(b.code));
}
