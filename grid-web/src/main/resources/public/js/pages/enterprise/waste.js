// The enterprise card's hazardous-waste tab (危险废物): the year's safe-disposal rate and figures, the management
// plan per waste code beside what was generated and is stored, the lots stored with their age (past a year marked),
// the transfer manifests (a receiver without a licence valid on the day marked), and the generation records. The
// district's or city's administrators record generation, manifests and the plan, and import manifests from a file.

import {
  fetchWaste, fetchWasteList, fetchWasteManifestsXlsx, importWasteManifests, recordWasteGeneration,
  recordWasteManifest, saveWastePlan,
} from '../../components/api.js';
import { cell, element, emptyRow, labelledField, option, saveFile } from '../../components/dom.js';
import { describeProblem, formatPercent } from '../../components/format.js';
import { locale, onLanguageChange, t } from '../../i18n/index.js';

export function mountTab(panel, card) {
  const admin = card.me?.role === 'admin';
  // the years offered are the district's current one (the server's, on the first answer) and the four before it
  const year = element('select', { className: 'waste-year' });
  year.id = 'waste-year';
  const summary = element('div', { className: 'waste-summary' });
  const tables = {
    plan: table('waste-plan', ['waste.col.code', 'waste.col.name', 'waste.col.planned', 'waste.col.generated',
      'waste.col.stored']),
    stored: table('waste-stored', ['waste.col.code', 'waste.col.name', 'waste.col.generatedOn', 'waste.col.tonnes',
      'waste.col.age']),
    manifests: table('waste-manifests', ['waste.col.number', 'waste.col.transferredOn', 'waste.col.code',
      'waste.col.tonnes', 'waste.col.receiver', 'waste.col.licence', 'waste.col.validUntil', 'waste.col.licensed']),
    generations: table('waste-generations', ['waste.col.generatedOn', 'waste.col.code', 'waste.col.name',
      'waste.col.tonnes']),
  };
  const download = translated('button', 'waste.download', 'button');
  download.type = 'button';
  download.addEventListener('click', () => fetchWasteManifestsXlsx(card.code, year.value)
    .then((blob) => saveFile(blob, `waste-manifests-${card.code}-${year.value}.xlsx`))
    .catch((error) => card.fail('waste.failed', { detail: describeProblem(error) })));

  panel.replaceChildren(
    element('div', { className: 'waste-head' }, labelledField(year, 'waste.year'), download),
    summary,
    heading('waste.plan'), tables.plan,
    heading('waste.stored'), tables.stored,
    heading('waste.manifests'), tables.manifests,
    heading('waste.generations'), tables.generations,
    ...(admin ? forms() : []));

  let shown = null;
  let codes = [];
  function render() {
    if (!shown) {
      return;
    }
    const f = shown.figures;
    const rate = element('strong', { className: 'waste-rate', text: formatPercent(f.rate) });
    rate.dataset.rate = f.rate ?? '';
    if (typeof f.rate === 'number' && f.rate < 1) {
      rate.classList.add('below-target');
    }
    summary.replaceChildren(
      element('p', { className: shown.generator ? '' : 'muted',
        text: shown.generator ? t('waste.generator') : t('waste.notGenerator') }),
      element('p', {}, element('span', { text: `${t('waste.rate')}：` }), rate,
        element('span', { className: 'muted', text: ` ${t('waste.target')}` })),
      element('p', { text: t('waste.figures', { generated: tonnes(f.generated), licensed: tonnes(f.transferred_licensed),
        unlicensed: tonnes(f.transferred_unlicensed), stored: tonnes(f.stored) }) }));
    fill(tables.plan, shown.plan, (line) => [cell('code', line.waste_code), cell('', line.name),
      cell('number', tonnes(line.planned)), cell('number', tonnes(line.generated)), cell('number', tonnes(line.stored))]);
    fill(tables.stored, shown.stored, (lot) => [cell('code', lot.waste_code), cell('', lot.name),
      cell('', lot.generated_on), cell('number', tonnes(lot.tonnes)),
      cell(lot.overdue ? 'number overdue' : 'number', lot.overdue ? t('waste.overdue', { days: lot.age_days })
        : t('waste.days', { days: lot.age_days }))], (row, lot) => { row.dataset.overdue = String(lot.overdue); });
    fill(tables.manifests, shown.manifests, (m) => [cell('code', m.number), cell('', m.transferred_on),
      cell('code', m.waste_code), cell('number', tonnes(m.tonnes)), cell('', m.receiver_name),
      cell('code', m.licence_number ?? '—'), cell('', m.licence_valid_until ?? '—'),
      cell(m.licensed ? 'licensed' : 'unlicensed', m.licensed ? t('waste.licensed') : t('waste.unlicensed'))],
    (row, m) => {
      row.dataset.number = m.number;
      row.dataset.licensed = String(m.licensed);
      row.classList.toggle('unlicensed-row', !m.licensed);
    });
    fill(tables.generations, shown.generations, (g) => [cell('', g.generated_on), cell('code', g.waste_code),
      cell('', g.name), cell('number', tonnes(g.tonnes))]);
    panel.dataset.loaded = 'true';
  }

  function load() {
    delete panel.dataset.loaded;
    return fetchWaste(card.code, year.value || undefined)
      .then((loaded) => {
        if (!year.value) {
          for (let y = loaded.year; y > loaded.year - 5; y -= 1) {
            year.append(option(String(y), String(y)));
          }
        }
        shown = loaded;
        render();
      })
      .catch((error) => card.fail('waste.failed', { detail: describeProblem(error) }));
  }

  /** The administrators' forms: a generation record, a manifest, a plan line, an import. */
  function forms() {
    const list = element('datalist');
    list.id = 'waste-codes';
    fetchWasteList().then((entries) => {
      codes = entries.filter((entry) => entry.code);
      list.replaceChildren(...codes.map((entry) => option(entry.code, `${entry.code} ${entry.name}`)));
    }).catch(() => {});
    const generation = form('waste-generation-form', 'waste.addGeneration', [
      ['waste_code', 'waste.col.code', 'text'], ['generated_on', 'waste.col.generatedOn', 'date'],
      ['tonnes', 'waste.col.tonnes', 'number']], (values) => recordWasteGeneration(card.code, values));
    const manifest = form('waste-manifest-form', 'waste.addManifest', [
      ['number', 'waste.col.number', 'text'], ['waste_code', 'waste.col.code', 'text'],
      ['transferred_on', 'waste.col.transferredOn', 'date'], ['tonnes', 'waste.col.tonnes', 'number'],
      ['receiver_name', 'waste.col.receiver', 'text'], ['licence_number', 'waste.col.licence', 'text', true],
      ['licence_valid_until', 'waste.col.validUntil', 'date', true]],
    (values) => recordWasteManifest(card.code, values));
    const plan = form('waste-plan-form', 'waste.setPlan', [
      ['waste_code', 'waste.col.code', 'text'], ['tonnes', 'waste.col.planned', 'number']],
    (values) => {
      const items = (shown?.plan ?? []).filter((line) => line.planned > 0 && line.waste_code !== values.waste_code)
        .map((line) => ({ waste_code: line.waste_code, tonnes: line.planned }));
      items.push(values);
      return saveWastePlan(card.code, year.value, items);
    });
    const file = element('input');
    file.type = 'file';
    file.id = 'waste-import-file';
    file.accept = '.xlsx,.xls,.csv';
    const report = element('ul', { className: 'waste-import-report' });
    const importButton = translated('button', 'waste.import', 'button');
    importButton.type = 'button';
    importButton.addEventListener('click', () => {
      if (!file.files[0]) {
        return;
      }
      importWasteManifests(file.files[0])
        .then((done) => {
          report.replaceChildren(element('li', { text: t('waste.imported', { added: done.added,
            unchanged: done.unchanged }) }));
          load();
        })
        .catch((error) => {
          const problems = error.problem?.report?.problems ?? [];
          report.replaceChildren(element('li', { className: 'field-error', text: describeProblem(error) }),
            ...problems.map((p) => element('li', { className: 'field-error',
              text: `${t('waste.line', { line: p.line })} ${p.column ?? ''}：${locale() === 'zh-CN' ? p.message_zh
                ?? p.message : p.message}` })));
        });
    });
    return [list, heading('waste.record'), generation, manifest, plan,
      element('div', { className: 'waste-import' }, heading('waste.importTitle'),
        translated('p', 'waste.importHint', 'muted'),
        labelledField(file, 'waste.importFile'), importButton, report)];
  }

  /** A small form of named inputs; sent as JSON (numbers as numbers, empty optional fields left out). */
  function form(className, titleKey, fields, send) {
    const node = element('form', { className: `waste-form ${className}` }, translated('h4', titleKey));
    const inputs = {};
    for (const [name, labelKey, type, optional] of fields) {
      const input = element('input');
      input.type = type;
      input.name = name;
      input.id = `${className}-${name}`;
      input.required = !optional;
      if (type === 'number') {
        input.step = '0.001';
        input.min = '0';
      }
      if (name === 'waste_code') {
        input.setAttribute('list', 'waste-codes');
        input.placeholder = '900-041-49';
      }
      inputs[name] = input;
      node.append(labelledField(input, labelKey));
    }
    const error = element('p', { className: 'field-error' });
    const submit = translated('button', 'waste.save', 'button button-primary');
    submit.type = 'submit';
    node.append(submit, error);
    node.addEventListener('submit', (event) => {
      event.preventDefault();
      const values = {};
      for (const [name, input] of Object.entries(inputs)) {
        if (input.value !== '') {
          values[name] = input.type === 'number' ? Number(input.value) : input.value.trim();
        }
      }
      error.textContent = '';
      send(values)
        .then(() => {
          node.reset();
          load();
        })
        .catch((failure) => {
          error.textContent = describeProblem(failure);
        });
    });
    return node;
  }

  year.addEventListener('change', load);
  onLanguageChange(render);
  // the card calls shown() right after mounting, and on every switch back: that loads the tab
  return { shown: load };
}

/** An element whose text is a message, translated again when the language changes. */
function translated(tag, key, className) {
  const node = element(tag, { className, text: t(key) });
  node.dataset.i18n = key;
  return node;
}

function heading(key) {
  return translated('h3', key, 'history-heading');
}

function table(className, headerKeys) {
  const node = element('table', { className: `data-table ${className}` },
    element('thead', {}, element('tr', {}, ...headerKeys.map((key) => translated('th', key)))),
    element('tbody'));
  return node;
}

function fill(tableNode, rows, cells, decorate = () => {}) {
  const body = tableNode.querySelector('tbody');
  if (rows.length === 0) {
    body.replaceChildren(emptyRow(tableNode, t('waste.none')));
    return;
  }
  body.replaceChildren(...rows.map((item) => {
    const row = element('tr', {}, ...cells(item));
    decorate(row, item);
    return row;
  }));
}

function tonnes(value) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 3 }).format(value ?? 0);
}
