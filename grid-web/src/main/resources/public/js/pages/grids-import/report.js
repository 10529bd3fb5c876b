// What an import did or would do, on the import page: the verdict, merge or replace spelt out with how many grids
// are added, changed, unchanged and removed, the findings listed with their areas (each a button that shows it on
// the map), and — for a file that could not be read — every problem with where it is in the file.

import { element, fieldList } from '../../components/dom.js';
import { describeError, describeFieldError, formatSquareMetres } from '../../components/format.js';
import { t } from '../../i18n/index.js';
import { ALL_KINDS, DRAWN_KINDS, FINDING_STYLES } from '../../layers/findings.js';
import { crsName } from './mapping.js';

/** The outcome's findings as a GeoJSON FeatureCollection for the map, in the order the list shows them. */
export function findingsCollection(outcome) {
  const findings = Array.isArray(outcome?.findings) ? outcome.findings : [];
  const rank = (finding) => ALL_KINDS.indexOf(finding.kind) + (finding.severity === 'ERROR' ? 0 : ALL_KINDS.length);
  return {
    type: 'FeatureCollection',
    features: findings.filter((finding) => finding?.where)
      .map((finding) => ({ type: 'Feature', geometry: finding.where, properties: finding }))
      .sort((a, b) => rank(a.properties) - rank(b.properties)),
  };
}

/**
 * Renders an outcome (a dry run's, an accepted import's, or the one a 422 carries) into the result panel's parts.
 * mode is the one asked for (merge or replace); onFocus(feature) shows a finding of `collection` on the map.
 */
export function renderOutcome(parts, outcome, { mode, collection, describeGrid, onFocus }) {
  const grids = outcome.grids ?? {};
  const errors = outcome.summary?.errors ?? 0;
  const warnings = outcome.summary?.warnings ?? 0;
  let verdict;
  if (!outcome.dry_run && outcome.accepted) {
    verdict = ['ok', t('gridsImport.verdict.imported', { version: outcome.layer_version ?? '—' })];
  } else if (outcome.accepted) {
    verdict = ['ok', t('gridsImport.verdict.acceptable', { warnings })];
  } else {
    verdict = ['error', t('gridsImport.verdict.rejected', { errors, warnings })];
  }
  parts.verdict.dataset.kind = verdict[0];
  parts.verdict.textContent = verdict[1];

  const counts = {
    added: grids.new ?? 0,
    changed: grids.updated ?? 0,
    unchanged: grids.unchanged,
    removed: grids.removed,
    total: grids.layer_total ?? 0,
  };
  const known = (value) => (typeof value === 'number' ? value : '—');
  const tense = outcome.dry_run || !outcome.accepted ? 'will' : 'did';
  parts.changes.textContent = t(`gridsImport.changes.${mode}.${tense}`, {
    added: counts.added, changed: counts.changed, unchanged: known(counts.unchanged), removed: known(counts.removed),
    kept: Math.max(0, counts.total - counts.added - counts.changed - (counts.unchanged ?? 0)), total: counts.total,
  }) + (grids.left_out ? t('gridsImport.changes.leftOut', { count: grids.left_out }) : '');
  const rows = fieldList('', [
    [t('gridsImport.count.submitted'), grids.submitted ?? 0, 'submitted'],
    [t('gridsImport.count.added'), counts.added, 'added'],
    [t('gridsImport.count.changed'), counts.changed, 'changed'],
    [t('gridsImport.count.unchanged'), counts.unchanged ?? null, 'unchanged'],
    [t('gridsImport.count.removed'), counts.removed ?? null, 'removed'],
    [t('gridsImport.count.leftOut'), grids.left_out || null, 'left_out'],
    [t('gridsImport.count.total'), counts.total, 'total'],
    [t('gridsImport.count.crs'), outcome.crs ? crsName(outcome.crs) : null, 'crs'],
  ]);
  parts.counts.replaceChildren(...rows.childNodes);

  parts.problems.hidden = true;
  parts.problems.replaceChildren();
  parts.findings.replaceChildren(...(collection.features.length
    ? collection.features.map((feature) => findingItem(feature, describeGrid, onFocus))
    : [element('li', { className: 'muted', text: t('gridsImport.findings.none') })]));
}

function findingItem(feature, describeGrid, onFocus) {
  const finding = feature.properties;
  const swatch = element('span', { className: 'swatch swatch-fill' });
  if (DRAWN_KINDS.includes(finding.kind)) {
    swatch.classList.add(`swatch-${finding.kind.toLowerCase()}`);
  } else {
    swatch.style.backgroundColor = FINDING_STYLES[finding.kind]?.fillColor ?? '#adb5bd';
  }
  swatch.style.borderColor = FINDING_STYLES[finding.kind]?.color ?? '#495057';
  const codes = (Array.isArray(finding.codes) ? finding.codes : []).map((code) => {
    const name = describeGrid(code);
    return name ? t('common.named', { name, code }) : String(code);
  }).join(t('common.listSeparator'));
  // A point finding (where a ring crosses itself) says where; the server's English sentence is the tooltip.
  const point = finding.where?.type === 'Point' ? finding.where.coordinates : null;
  const at = point ? t('gridsImport.finding.at', { lon: point[0].toFixed(6), lat: point[1].toFixed(6) }) : '';
  const button = element('button', { className: 'finding-item' },
    swatch,
    element('span', { className: 'finding-item-kind', text: t(`finding.${finding.kind}`) }),
    element('span', { className: 'finding-item-area', text: finding.area_m2 === null || finding.area_m2 === undefined
      ? t(`finding.severity.${finding.severity}`) : formatSquareMetres(finding.area_m2) }),
    element('span', { className: 'finding-item-detail', text: [codes, at].filter(Boolean).join(' · ') }));
  button.type = 'button';
  button.title = finding.message ?? '';
  button.dataset.kind = finding.kind;
  button.dataset.severity = finding.severity ?? '';
  if (typeof finding.area_m2 === 'number') {
    button.dataset.areaM2 = String(finding.area_m2);
  }
  button.addEventListener('click', () => onFocus(feature));
  return element('li', {}, button);
}

/**
 * A refusal that is not a report: a file that could not be read (400, each problem with where it is), too large
 * (413), or anything else — said in the verdict, the problems listed.
 */
export function renderRefusal(parts, error) {
  parts.verdict.dataset.kind = 'error';
  parts.verdict.textContent = error?.status === 413 ? t('gridsImport.verdict.tooLarge')
    : t('gridsImport.verdict.unreadable', { detail: describeError(error) });
  parts.changes.textContent = '';
  parts.counts.replaceChildren();
  parts.findings.replaceChildren();
  renderProblems(parts.problems, error?.fieldErrors ?? []);
}

/** Problems of the input ({ pointer, message, code, params }) listed, each with where it is; none: the list hides. */
export function renderProblems(list, problems) {
  list.hidden = problems.length === 0;
  list.replaceChildren(...problems.map((problem) => element('li', {},
    element('span', { className: 'problem-where', text: where(problem.pointer) }),
    element('span', { text: describeFieldError(problem) }))));
}

/**
 * Where a problem is, as a reader counts: "/features/12/geometry/coordinates/0/3" → the 13th feature, ring 1, point 4;
 * "?district" → the choice of that name; anything else (a GeoPackage's "layer X, feature N") as the server says it.
 */
function where(pointer) {
  if (!pointer) {
    return t('gridsImport.where.file');
  }
  if (pointer.startsWith('?')) {
    return t('gridsImport.where.parameter', { name: pointer.slice(1) });
  }
  const match = /^\/features\/(\d+)(?:\/geometry\/coordinates((?:\/\d+)*))?(.*)$/.exec(pointer);
  if (!match) {
    return pointer;
  }
  const parts = [t('gridsImport.where.feature', { number: Number(match[1]) + 1 })];
  const indexes = (match[2] ?? '').split('/').filter(Boolean).map((index) => Number(index) + 1);
  if (indexes.length >= 2) {
    parts.push(t('gridsImport.where.position', { ring: indexes[indexes.length - 2], point: indexes[indexes.length - 1] }));
  }
  if (match[3]) {
    parts.push(match[3].replace(/^\//, ''));
  }
  return `${parts.join(' · ')} (${pointer})`;
}
