// Who supervises a grid of the coverage map, as its row tells: the hatch goes only over grids that
// nobody walks at all; a split grid staffed in part says how many of its grids have no supervisor.

import { levelName } from '../../components/format.js';
import { t } from '../../i18n/index.js';

/** True for a grid no supervisor answers for, on it, above it or below it: the hatched ones. */
export function hasNobodyResponsible(feature) {
  const row = feature?.properties ?? {};
  return 'anyone_responsible' in row ? row.anyone_responsible === false : row.staffed === false;
}

/**
 * What the panel says of a grid's supervision, or null when all of it is staffed: 无网格员, or for a
 * split grid staffed in part "14 个村/社区中 2 个无网格员" in the names of its children's levels.
 */
export function staffingNote(row) {
  if (!row || row.staffed !== false) {
    return null;
  }
  const children = row.children ?? 0;
  if (row.anyone_responsible === false || children === 0) {
    return t('coverage.unstaffed');
  }
  const levels = (row.child_levels ?? []).map((level) => levelName(level)).join('/');
  return t('coverage.unstaffedChildren', { total: children, levels, count: row.unstaffed_children ?? 0 });
}
