// The side panel that describes the selected supervised object (监管对象). Everything from the data
// goes in with textContent: names, codes and addresses come from imported files.

import { element } from '../../components/dom.js';
import { vocabularyName, yesNo } from '../../components/format.js';
import { createSelectionPanel } from '../../components/selection-panel.js';
import { t } from '../../i18n/index.js';

/**
 * Binds to the #source-details markup. describeGrid(code) and describeZone(code) give names, or
 * null when not known; onClose() is called when the panel is dismissed.
 */
export function createSourcePanel(root, { describeGrid, describeZone, onClose }) {
  root.querySelector('dl.source-facts').replaceChildren(...FACTS.flatMap(factRow));
  const names = FACTS.map(([name]) => name);

  function fill(fields, properties) {
    fields.name.textContent = properties.name || '—';
    fields.code.textContent = properties.code ?? '—';
    // For an enterprise the code is its credit code: no need to give it twice.
    setRow(fields.code, properties.code && properties.code !== properties.credit_code);
    fields.credit_code.textContent = properties.credit_code || '—';
    fields.kind.textContent = vocabularyName('source.kind', properties.kind);
    fields.industry.textContent = properties.industry || '—';
    fields.address.textContent = properties.address || '—';
    fields.rating.textContent = properties.rating ? t('source.ratingValue', { rating: properties.rating }) : '—';
    fields.rating.dataset.rating = properties.rating ?? '';
    fields.key_discharger.textContent = yesNo(properties.key_discharger);
    fields.key_discharger.dataset.value = String(Boolean(properties.key_discharger));
    fields.status.textContent = vocabularyName('source.status', properties.status);
    fields.status.dataset.status = properties.status ?? '';
    fields.grid.textContent = named(properties.grid, describeGrid, t('source.grid.none'));
    fields.zone.textContent = named(properties.zone, describeZone, t('source.zone.none'));
    root.querySelector('.enterprise-link a')?.setAttribute('href',
      `enterprise.html?code=${encodeURIComponent(properties.code ?? '')}`);
  }

  const toggle = (hasSource) => {
    root.hidden = !hasSource;
  };
  return createSelectionPanel(root, { names, fill, toggle, onClose });
}

/** The facts shown of a source: the field's name, its label's message key and the value's class, in order. */
const FACTS = [
  ['name', 'source.name', 'details-name'],
  ['code', 'source.code', 'details-code'],
  ['credit_code', 'source.creditCode', 'details-code'],
  ['kind', 'source.kind'],
  ['industry', 'source.industry'],
  ['address', 'source.address'],
  ['rating', 'source.rating', 'rating-text'],
  ['key_discharger', 'source.keyDischarger'],
  ['status', 'source.status'],
  ['grid', 'source.grid'],
  ['zone', 'source.zone'],
];

function factRow([name, label, className]) {
  const term = element('dt', { text: t(label) });
  term.dataset.i18n = label;
  const value = element('dd', { className });
  value.dataset.field = name;
  return [term, value];
}

function setRow(description, visible) {
  description.hidden = !visible;
  if (description.previousElementSibling?.tagName === 'DT') {
    description.previousElementSibling.hidden = !visible;
  }
}

function named(code, describe, none) {
  if (!code) {
    return none;
  }
  const name = describe(code);
  return name ? t('common.named', { name, code }) : String(code);
}
