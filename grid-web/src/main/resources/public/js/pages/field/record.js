// The record form: the target, where it was made (location.js), the checklist (checklist.js),
// findings, notes and photos (photos.js), read into the API's record with the problems that keep it
// from being one. A refused record from the outbox is opened again with its answers, to be changed.

import { districtNow, districtTimestamp } from '../../components/district-time.js';
import { element, labelledField } from '../../components/dom.js';
import { findingSelects } from '../../components/findings.js';
import { vocabularyName } from '../../components/format.js';
import { t } from '../../i18n/index.js';
import { loadChecklist } from './checklist.js';
import { locateForRecord, readFix, renderFixSummary } from './location.js';
import { MAX_RECORD_PHOTO_BYTES, renderPhotos } from './photos.js';
import { entryProblem } from './result.js';
import { elements, state } from './state.js';
import { formatBytes } from './units.js';

/**
 * Opens the form for a target; from: a refused outbox entry to change (it is sent again as a new
 * record with a new UUID, and the old entry goes once the new one is kept), or a stored record's
 * answers to correct — corrects: that record's id, named by the new record (history.js).
 */
export function openForm(target, from = null, { corrects = null, correcting = '' } = {}) {
  resetForm();
  const form = {
    target,
    checklist: null,
    checklistError: null,
    photos: [],
    fixSource: null, // gps | manual
    fixAccuracy: null,
    locating: false,
    locateError: null,
    findingSeq: 0,
    hashing: 0,
    replaces: from?.id ?? null,
    // a correction is a new record naming the one it corrects; changed again from the outbox, it still does
    corrects: corrects ?? from?.record?.corrects ?? null,
  };
  state.form = form;
  elements.recordPanel.dataset.dutyId = target.dutyId == null ? '' : String(target.dutyId);
  elements.recordPanel.dataset.targetKind = target.kind ?? '';
  elements.recordPanel.dataset.targetCode = target.code ?? '';
  renderTarget();
  elements.editing.hidden = !from;
  if (from) {
    elements.editing.textContent = corrects ? t('record.correcting', { record: correcting })
      : t('record.editing', { detail: entryProblem(from) });
    restore(from);
  }
  elements.recordPanel.dataset.corrects = form.corrects ?? '';
  elements.dutyPanel.hidden = true;
  elements.recordPanel.hidden = false;
  renderFindingsNone();
  loadChecklist(form, from?.record?.checklist ?? null);
  renderFixSummary();
  elements.recordPanel.scrollIntoView({ block: 'start' });
  if (!from) {
    // on a phone at the site the position is what it is now; typing replaces it
    locateForRecord(false);
  }
}

export function closeForm() {
  resetForm();
  state.form = null;
  elements.recordPanel.hidden = true;
  elements.dutyPanel.hidden = false;
}

function resetForm() {
  state.form?.photos.forEach((photo) => URL.revokeObjectURL(photo.url));
  elements.form.reset();
  elements.checklist.replaceChildren();
  elements.findings.replaceChildren();
  elements.photoList.replaceChildren();
  elements.checklistNote.hidden = true;
  elements.fixError.hidden = true;
  elements.photoError.hidden = true;
  elements.formError.hidden = true;
  elements.submit.disabled = false;
  for (const input of [elements.lon, elements.lat, elements.accuracy]) {
    input.removeAttribute('aria-invalid');
  }
  delete elements.recordPanel.dataset.checklistLoaded;
}

export function renderTarget() {
  const target = state.form?.target;
  if (!target) {
    return;
  }
  const title = element('div', { className: 'record-target-head' },
    element('strong', { className: 'record-target-name', text: target.name || target.code || '—' }),
    element('span', { className: 'kind-tag', text: vocabularyName('targetKind', target.kind) }));
  if (target.purpose === 'reinspection' || target.purpose === 'adhoc') {
    title.append(element('span', { className: 'kind-tag purpose-tag', text: vocabularyName('purpose', target.purpose) }));
  }
  const rows = [];
  if (target.kind === 'source' && target.code) {
    rows.push([t('record.target.code'), target.code, 'code']);
  }
  rows.push([t('record.target.grid'), target.gridName || target.gridCode || '—', 'grid']);
  if (target.dueBy) {
    rows.push([t('record.target.due'), t('field.duties.dueBy', { date: target.dueBy }), 'due']);
  }
  if (typeof target.lon === 'number' && typeof target.lat === 'number') {
    rows.push([t('record.target.where'), `${target.lon.toFixed(6)}, ${target.lat.toFixed(6)}`, 'where']);
  }
  const list = element('dl', { className: 'details-fields record-target-fields' });
  for (const [label, value, field] of rows) {
    const dd = element('dd', { text: value });
    dd.dataset.field = field;
    list.append(element('dt', { text: label }), dd);
  }
  elements.target.replaceChildren(title, list);
}

/** A finding row: category, severity, description, and a way to remove it. */
export function addFinding(values = {}) {
  const form = state.form;
  form.findingSeq += 1;
  const n = form.findingSeq;
  const row = element('li', { className: 'finding-row' });
  row.dataset.index = String(n);

  const { category, severity } = findingSelects(`finding-${n}`, values);

  const description = element('textarea', { className: 'finding-description' });
  description.id = `finding-${n}-description`;
  description.name = 'description';
  description.rows = 2;
  description.maxLength = 2000;
  description.value = values.description ?? '';
  description.dataset.i18nPlaceholder = 'record.findings.describe';
  description.placeholder = t('record.findings.describe');

  const remove = element('button', { className: 'button button-small button-danger finding-remove', text: t('record.findings.remove') });
  remove.type = 'button';
  remove.dataset.i18n = 'record.findings.remove';
  remove.addEventListener('click', () => {
    row.remove();
    renderFindingsNone();
  });
  const head = element('div', { className: 'finding-head' },
    labelledField(category, 'record.findings.category'), labelledField(severity, 'record.findings.severity'));
  row.append(head, labelledField(description, 'record.findings.description'), remove);
  elements.findings.append(row);
  renderFindingsNone();
  return row;
}

function renderFindingsNone() {
  elements.findingsNone.hidden = elements.findings.children.length > 0;
}

/** Fills the form from a refused entry: the same answers, findings, notes, fix and photos. */
function restore(item) {
  const record = item.record ?? {};
  const form = state.form;
  if (record.fix) {
    elements.lon.value = String(record.fix.lon ?? '');
    elements.lat.value = String(record.fix.lat ?? '');
    elements.accuracy.value = String(record.fix.accuracy_m ?? '');
    elements.crs.value = record.fix.crs ?? 'wgs84';
    form.fixSource = 'manual';
  }
  (record.findings ?? []).forEach((finding) => addFinding(finding));
  elements.notes.value = record.notes ?? '';
  form.photos = (item.photos ?? []).map((photo) => ({ ...photo, url: URL.createObjectURL(photo.blob) }));
  renderPhotos();
}

/** The form as the API's record, or the problems that keep it from being one. */
export function readRecord() {
  const form = state.form;
  const problems = [];
  const record = {};
  if (form.target.dutyId != null) {
    record.duty_id = form.target.dutyId;
  } else {
    record.target = { kind: form.target.kind, code: form.target.code };
    if (form.target.kind === 'river_patrol' && form.target.gridCode) {
      record.target.grid = form.target.gridCode;
    }
  }
  record.inspected_at = districtTimestamp(districtNow());
  const fix = readFix();
  if (fix.problem) {
    problems.push({ text: t(fix.problem), field: fix.field, fix: true });
  } else {
    record.fix = { lon: fix.lon, lat: fix.lat, accuracy_m: fix.accuracy, crs: fix.crs };
  }
  const checklist = {};
  for (const row of elements.checklist.querySelectorAll('.check-item')) {
    const chosen = row.querySelector('input[type="radio"]:checked');
    if (chosen) {
      checklist[row.dataset.key] = chosen.value === 'yes';
    }
  }
  record.checklist = checklist;
  record.findings = [];
  [...elements.findings.querySelectorAll('.finding-row')].forEach((row, index) => {
    const category = row.querySelector('.finding-category');
    const severity = row.querySelector('.finding-severity');
    const description = row.querySelector('.finding-description');
    if (!category.value) {
      category.setAttribute('aria-invalid', 'true');
      problems.push({ text: t('record.error.category', { n: index + 1 }), field: category });
    }
    record.findings.push({ category: category.value, severity: severity.value, description: description.value.trim() });
  });
  const notes = elements.notes.value.trim();
  if (notes) {
    record.notes = notes;
  }
  record.photos = form.photos.map((photo) => photo.sha256);
  if (form.corrects) {
    record.corrects = form.corrects;
  }
  const total = form.photos.reduce((sum, photo) => sum + photo.size, 0);
  if (total > MAX_RECORD_PHOTO_BYTES) {
    problems.push({ text: t('record.error.photosTotal', { size: formatBytes(total), max: formatBytes(MAX_RECORD_PHOTO_BYTES) }), field: elements.photos });
  }
  return { record, problems };
}

export function showFormProblems(problems) {
  elements.formError.hidden = false;
  elements.formError.textContent = problems.map((problem) => problem.text).join(t('common.sentenceSeparator'));
  const fix = problems.find((problem) => problem.fix);
  elements.fixError.hidden = !fix;
  elements.fixError.textContent = fix ? fix.text : '';
  problems.forEach((problem) => problem.field?.setAttribute('aria-invalid', 'true'));
  problems[0]?.field?.focus();
}
