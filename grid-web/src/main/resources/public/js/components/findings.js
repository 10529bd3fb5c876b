// What a finding (a problem found on site, or in a complaint's investigation) is made of: its
// category and severity, as the server's vocabularies, and the labelled controls to choose them —
// the field page's findings and the complaint queue's "open a case" form use the same ones.

import { vocabularyKeys } from '../i18n/vocabulary.js';
import { element, translatedOption } from './dom.js';

/** The category (to be chosen) and severity (general unless given) selects, with ids from the prefix. */
export function findingSelects(idPrefix, values = {}) {
  const category = element('select', { className: 'finding-category' });
  category.id = `${idPrefix}-category`;
  category.name = 'category';
  // the server's terms in its order: the order of its enums, least serious severity first
  category.append(translatedOption('', 'record.findings.chooseCategory'),
    ...vocabularyKeys('finding_category').map((value) => translatedOption(value, `category.${value}`)));
  category.value = values.category ?? '';
  category.addEventListener('change', () => category.removeAttribute('aria-invalid'));

  const severity = element('select', { className: 'finding-severity' });
  severity.id = `${idPrefix}-severity`;
  severity.name = 'severity';
  severity.append(...vocabularyKeys('severity').map((value) => translatedOption(value, `severity.${value}`)));
  severity.value = values.severity ?? 'general';
  return { category, severity };
}
