// The enterprise card's radiation tab (核与辐射): the radiation safety licence with the days to its expiry (marked
// when about to expire or expired), the sealed sources and ray devices most dangerous class first — one the licence
// does not permit is marked —, how often their classes make the enterprise due, and, for administrators, forms to
// record the licence, a source or a device (saving one of the same code again updates it). The district's lists
// download as .xlsx.

import { fetchFile, fetchRadiation, saveRadiationHolding, saveRadiationLicence } from '../../components/api.js';
import { cell, element, emptyRow, fieldList, option, saveFile } from '../../components/dom.js';
import { describeProblem } from '../../components/format.js';
import { onLanguageChange, t } from '../../i18n/index.js';

const SOURCE_CLASSES = ['I', 'II', 'III', 'IV', 'V'];
const DEVICE_CLASSES = ['I', 'II', 'III'];
const STATUSES = ['in_use', 'stored', 'transferred_out'];
const UNITS = ['Bq', 'kBq', 'MBq', 'GBq', 'TBq'];

export function mountTab(panel, card) {
  const mayEdit = card.me?.role === 'admin';
  const licenceBox = element('div', { className: 'radiation-licence' });
  const frequency = element('p', { className: 'muted radiation-frequency' });
  const sourcesTable = table('radiation-sources', ['class', 'serial', 'nuclide', 'activity', 'activityOn', 'location',
    'status', 'licence']);
  const devicesTable = table('radiation-devices', ['class', 'serial', 'kind', 'model', 'location', 'status', 'licence']);
  const exports = element('div', { className: 'form-actions radiation-exports' },
    exportButton(card, 'radiation.export.sources', 'api/radiation/sources.xlsx', '放射源.xlsx'),
    exportButton(card, 'radiation.export.devices', 'api/radiation/devices.xlsx', '射线装置.xlsx'));
  const forms = mayEdit ? [licenceForm(), sourceForm(), deviceForm()] : [];
  panel.replaceChildren(
    heading('radiation.licence.title'), licenceBox, frequency,
    heading('radiation.sources.title'), sourcesTable,
    heading('radiation.devices.title'), devicesTable,
    exports, ...forms);

  let shown = null;
  let failure = null;

  function render() {
    if (failure) {
      licenceBox.replaceChildren(element('p', { className: 'field-error',
        text: t('radiation.error', { detail: describeProblem(failure) }) }));
      return;
    }
    if (!shown) {
      licenceBox.replaceChildren(element('p', { className: 'muted', text: t('sourceHistory.loading') }));
      return;
    }
    renderLicence(shown.licence);
    frequency.textContent = shown.class_frequency
      ? t('radiation.frequency', { frequency: frequencyName(shown.class_frequency) })
      : t('radiation.frequency.none');
    fill(sourcesTable, shown.sources, (s) => [
      cell('radiation-class', t('radiation.class', { class: s.class })), cell('code', s.serial), cell('', s.nuclide),
      cell('', `${s.activity} ${s.activity_unit}`), cell('', s.activity_on), cell('', s.location),
      cell('', t(`radiation.status.${s.status}`)), licenceCell(s)], 'radiation.sources.none');
    fill(devicesTable, shown.devices, (d) => [
      cell('radiation-class', t('radiation.class', { class: d.class })), cell('code', d.serial), cell('', d.kind),
      cell('', d.model), cell('', d.location), cell('', t(`radiation.status.${d.status}`)), licenceCell(d)],
    'radiation.devices.none');
    panel.dataset.loaded = 'true';
  }

  function renderLicence(licence) {
    if (!licence) {
      licenceBox.dataset.standing = 'none';
      licenceBox.replaceChildren(element('p', { className: 'muted', text: t('radiation.licence.none') }));
      return;
    }
    licenceBox.dataset.standing = licence.standing;
    const standing = element('span', { className: `state-badge licence-standing licence-${licence.standing}`,
      text: licence.standing === 'expired'
        ? t('radiation.licence.expired', { days: -licence.days_to_expiry })
        : t(`radiation.licence.${licence.standing}`, { days: licence.days_to_expiry }) });
    licenceBox.replaceChildren(fieldList('details-fields radiation-licence-facts', [
      [t('radiation.licence.number'), licence.number, 'number'],
      [t('radiation.licence.scope'), scopeText(licence), 'scope'],
      [t('radiation.licence.issuedOn'), licence.issued_on, 'issued_on'],
      [t('radiation.licence.expiresOn'), licence.expires_on, 'expires_on'],
      [t('radiation.licence.standing'), standing, 'standing'],
    ]));
  }

  function load() {
    return fetchRadiation(card.code)
      .then((loaded) => {
        shown = loaded;
        failure = null;
      })
      .catch((error) => {
        failure = error;
      })
      .finally(render);
  }

  // ---- the administrators' forms ----

  function licenceForm() {
    const number = input('text', 'number');
    const sourceClasses = checkboxes('source_classes', SOURCE_CLASSES);
    const deviceClasses = checkboxes('device_classes', DEVICE_CLASSES);
    const issued = input('date', 'issued_on');
    const expires = input('date', 'expires_on');
    return form('radiation-licence-form', 'radiation.form.licence', [
      field('radiation.licence.number', number), group('radiation.form.sourceClasses', sourceClasses.box),
      group('radiation.form.deviceClasses', deviceClasses.box), field('radiation.licence.issuedOn', issued),
      field('radiation.licence.expiresOn', expires)],
    () => saveRadiationLicence(card.code, { number: number.value, source_classes: sourceClasses.checked(),
      device_classes: deviceClasses.checked(), issued_on: issued.value || null, expires_on: expires.value || null }));
  }

  function sourceForm() {
    const serial = input('text', 'serial');
    const nuclide = input('text', 'nuclide');
    nuclide.placeholder = 'Cs-137';
    const radiationClass = select('class', SOURCE_CLASSES, (c) => t('radiation.class', { class: c }));
    const activity = input('number', 'activity');
    activity.step = 'any';
    activity.min = '0';
    const unit = select('activity_unit', UNITS, (u) => u);
    unit.value = 'GBq';
    const activityOn = input('date', 'activity_on');
    const location = input('text', 'location');
    const status = select('status', STATUSES, (s) => t(`radiation.status.${s}`));
    return form('radiation-source-form', 'radiation.form.source', [
      field('radiation.column.serial', serial), field('radiation.column.nuclide', nuclide),
      field('radiation.column.class', radiationClass), field('radiation.column.activity', activity),
      field('radiation.form.unit', unit), field('radiation.column.activityOn', activityOn),
      field('radiation.column.location', location), field('radiation.column.status', status)],
    () => saveRadiationHolding(card.code, 'sources', serial.value.trim(), { nuclide: nuclide.value,
      class: radiationClass.value, activity: activity.value === '' ? null : Number(activity.value),
      activity_unit: unit.value, activity_on: activityOn.value || null, location: location.value,
      status: status.value }));
  }

  function deviceForm() {
    const serial = input('text', 'serial');
    const kind = input('text', 'kind');
    kind.placeholder = t('radiation.form.kindExample');
    const model = input('text', 'model');
    const radiationClass = select('class', DEVICE_CLASSES, (c) => t('radiation.class', { class: c }));
    const location = input('text', 'location');
    const status = select('status', STATUSES, (s) => t(`radiation.status.${s}`));
    return form('radiation-device-form', 'radiation.form.device', [
      field('radiation.column.serial', serial), field('radiation.column.kind', kind),
      field('radiation.column.model', model), field('radiation.column.class', radiationClass),
      field('radiation.column.location', location), field('radiation.column.status', status)],
    () => saveRadiationHolding(card.code, 'devices', serial.value.trim(), { kind: kind.value, model: model.value,
      class: radiationClass.value, location: location.value, status: status.value }));
  }

  /** A folded form whose submit sends, says what the server refused beside it, and reloads the tab when saved. */
  function form(className, titleKey, fields, send) {
    const error = element('p', { className: 'field-error' });
    error.hidden = true;
    const save = translated('button', 'radiation.form.save', 'button button-primary');
    save.type = 'submit';
    const body = element('form', { className: 'radiation-form-fields' }, ...fields, error,
      element('div', { className: 'form-actions' }, save));
    body.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      save.disabled = true;
      try {
        await send();
        card.say('radiation.saved', {}, 'success');
        await load();
      } catch (failed) {
        error.textContent = describeProblem(failed);
        error.hidden = false;
      } finally {
        save.disabled = false;
      }
    });
    return element('details', { className: `radiation-form ${className}` },
      translated('summary', titleKey), body);
  }

  onLanguageChange(render);
  render();
  // the card calls shown() right after mounting and on every switch back: that loads
  return { shown: load };
}

/** An element whose text is a message, said again when the language changes (data-i18n). */
function translated(tag, key, className) {
  const node = element(tag, { className, text: t(key) });
  node.dataset.i18n = key;
  return node;
}

function heading(key) {
  return translated('h3', key, 'history-heading');
}

function table(className, columns) {
  const head = element('tr', {}, ...columns.map((c) => translated('th', `radiation.column.${c}`)));
  return element('table', { className: `data-table ${className}` }, element('thead', {}, head), element('tbody'));
}

function fill(tableElement, rows, cells, noneKey) {
  const body = tableElement.querySelector('tbody');
  body.replaceChildren(...(rows.length === 0 ? [emptyRow(tableElement, t(noneKey))] : rows.map((row) => {
    const tr = element('tr', {}, ...cells(row));
    tr.dataset.class = row.class;
    tr.dataset.outsideLicence = String(row.outside_licence);
    return tr;
  })));
}

function licenceCell(row) {
  return row.outside_licence
    ? cell('licence-outside', t('radiation.outsideLicence'))
    : cell('muted', t(row.status === 'transferred_out' ? 'radiation.transferred' : 'radiation.withinLicence'));
}

function scopeText(licence) {
  const parts = [];
  if (licence.source_classes.length > 0) {
    parts.push(t('radiation.scope.sources', { classes: licence.source_classes.join('、') }));
  }
  if (licence.device_classes.length > 0) {
    parts.push(t('radiation.scope.devices', { classes: licence.device_classes.join('、') }));
  }
  return parts.join(t('common.sentenceSeparator'));
}

function frequencyName(frequency) {
  return frequency.everyMonths
    ? t('radiation.frequency.everyMonths', { n: frequency.everyMonths })
    : t('radiation.frequency.timesPerMonth', { n: frequency.timesPerMonth });
}

function exportButton(card, key, path, fallbackName) {
  const button = translated('button', key, 'button');
  button.type = 'button';
  button.addEventListener('click', async () => {
    try {
      const { blob, filename } = await fetchFile(path, { fallbackName });
      saveFile(blob, filename);
    } catch (error) {
      card.fail('radiation.exportFailed', error);
    }
  });
  return button;
}

function input(type, name) {
  const control = element('input');
  control.type = type;
  control.name = name;
  return control;
}

function select(name, values, label) {
  const control = element('select', {}, ...values.map((v) => option(v, label(v))));
  control.name = name;
  return control;
}

function checkboxes(name, values) {
  const boxes = values.map((v) => {
    const box = input('checkbox', name);
    box.value = v;
    return box;
  });
  return {
    box: element('div', { className: 'radiation-classes' },
      ...boxes.map((b) => element('label', {}, b, document.createTextNode(t('radiation.class', { class: b.value }))))),
    checked: () => boxes.filter((b) => b.checked).map((b) => b.value),
  };
}

function field(key, control) {
  return element('label', { className: 'field' }, translated('span', key), control);
}

function group(key, control) {
  return element('fieldset', { className: 'field radiation-class-group' }, translated('legend', key), control);
}
