// A draw as the staff's draws page and the public page both show it: its heading and state, the
// facts that fix its outcome (period, candidates, when sealed and run, seed, candidate hash) and
// the first columns of its drawn objects. Each page adds its own columns and controls.

import { t } from '../i18n/index.js';
import { cell, element, fieldList } from './dom.js';
import { formatInstant } from './format.js';
import { periodName } from './period.js';

/**
 * Shows a draw in its panel: the h2 and the state badge of the panel's head, data-draw-id and
 * data-state on the panel, and the facts in place of its dl.draw-fields.
 */
export function renderDrawSummary(panel, draw) {
  const ran = Boolean(draw.run_at);
  panel.dataset.drawId = String(draw.id ?? '');
  panel.dataset.state = ran ? 'run' : 'sealed';
  panel.querySelector('.panel-head h2').textContent = draw.title || t('draws.untitled');
  showDrawState(panel.querySelector('.panel-head .status-badge'), draw);
  // The public draw lists its candidates instead of counting them.
  const candidates = draw.candidate_count ?? draw.candidate_codes?.length ?? 0;
  panel.querySelector('.draw-fields').replaceWith(fieldList('details-fields draw-fields', [
    [t('draws.period'), periodName(draw.period), 'period'],
    [t('draws.candidates'), t('draws.candidateCount', { count: candidates }), 'candidate_count'],
    [t('draws.sealedAt'), formatInstant(draw.sealed_at), 'sealed_at'],
    [t('draws.runAt'), ran ? formatInstant(draw.run_at) : t('draws.notRun'), 'run_at'],
    [t('draws.seed'), code(draw.seed), 'seed'],
    [t('draws.hash'), code(draw.candidate_hash), 'candidate_hash'],
  ]));
}

function code(text) {
  return element('code', { className: 'code-text hash-text', text: text ?? '—' });
}

/** Sealed or run, on a .status-badge. */
export function showDrawState(badge, draw) {
  const ran = Boolean(draw.run_at);
  badge.textContent = t(ran ? 'draws.state.run' : 'draws.state.sealed');
  badge.dataset.status = ran ? 'done' : 'open';
}

/** Puts the headings of drawItemRow's cells before the page's own last one, ahead of applyTranslations. */
export function mountDrawItemsHead(table) {
  const headings = ['rank', 'object', 'grid', 'rating', 'score'].map((column) => {
    const heading = element('th');
    heading.scope = 'col';
    heading.dataset.i18n = `draws.col.${column}`;
    return heading;
  });
  table.tHead.rows[0].prepend(...headings);
}

/**
 * A drawn object's row: rank, object, grid, rating and score, then the page's own last cell.
 * Scores are 64 hex digits: `scoreShown` of them are shown, the whole score is in the title.
 */
export function drawItemRow(item, index, scoreShown, last) {
  const row = element('tr');
  row.dataset.objectCode = item.object_code ?? '';
  const object = element('div', { className: 'duty-target' },
    element('span', { className: 'duty-target-name', text: item.object_name || item.object_code || '—' }),
    element('span', { className: 'code-text muted', text: item.object_code ?? '' }));
  const rating = element('span', { className: 'rating-text', text: item.rating ?? '—' });
  rating.dataset.rating = item.rating ?? '';
  const text = String(item.score ?? '');
  const score = element('code', {
    className: 'code-text score-text',
    text: text.length > scoreShown ? `${text.slice(0, scoreShown)}…` : text || '—',
  });
  score.title = item.score ?? '';
  row.append(
    cell('rank', String(index + 1)),
    cell('draw-object', object),
    // The public items carry no grid code; staff see it for a grid without a name.
    cell('draw-grid', item.grid_name || item.grid_code || '—'),
    cell('draw-rating', rating),
    cell('draw-score', score),
    last,
  );
  return row;
}
