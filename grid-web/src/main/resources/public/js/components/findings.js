// What a finding (a problem found on site, or in a complaint's investigation) is made of: its
// category and severity, as the server's vocabularies, and the labelled controls to choose them —
// the field page's findings and the complaint queue's "open a case" form use the same ones.

import { t } from '../i18n/index.js';
import { element, translatedOption } from './dom.js';

export const CATEGORIES = ['wastewater', 'exhaust', 'dust', 'solid_waste', 'hazardous_waste', 'noise',
  'straw_burning', 'river_litter', 'other'];
export const SEVERITIES = ['minor', 'general', 'serious'];

/** The category (to be chosen) and severity (general unless given) selects, with ids from the prefix. */
export function findingSelects(idPrefix, values = {}) {
  const category = element('select', { className: 'finding-category' });
  category.id = `${idPrefix}-category`;
  category.name = 'category';
  category.append(translatedOption('', 'record.findings.chooseCategory'),
    ...CATEGORIES.map((value) => translatedOption(value, `category.${value}`)));
  category.value = values.category ?? '';
  category.addEventListener('change', () => category.removeAttribute('aria-invalid'));

  const severity = element('select', { className: 'finding-severity' });
  severity.id = `${idPrefix}-severity`;
  severity.name = 'severity';
  severity.append(...SEVERITIES.map((value) => translatedOption(value, `severity.${value}`)));
  severity.value = values.severity ?? 'general';
  return { category, severity };
}

/** A control with its label, translated again when the language changes. */
export function labelledField(control, key) {
  const label = element('label', { text: t(key) });
  label.dataset.i18n = key;
  label.htmlFor = control.id;
  return element('div', { className: 'field' }, label, control);
}
