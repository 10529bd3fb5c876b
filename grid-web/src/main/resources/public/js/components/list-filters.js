// The filter bar of a staff list (the complaint queue, the cases, the duties): state, category, grid, a range of days and
// "overdue only", each sent to the server as the list's query parameters (snake_case, as the API names them) and
// kept in the page's address, so that a filtered list can be linked and survives a reload.

import { t } from '../i18n/index.js';
import { fetchGridChoices } from './grid-choices.js';
import { element, labelledField, option, translatedOption } from './dom.js';

/**
 * Builds the filter controls into `container`: `states` and `categories` are [value, i18n key] pairs (no states: a
 * page with a state filter of its own), the grids those the caller may read; withOverdue false leaves out "overdue
 * only" for a page that has its own. onChange(params) is called with the parameters whenever one changes; params()
 * gives them now (those not set left out). The first values come from the address.
 */
export function listFilters(container, { prefix, states = null, categories, withOverdue = true, onChange }) {
  const query = new URLSearchParams(window.location.search);
  const controls = {
    ...(states ? { state: select(`${prefix}-filter-state`, 'filters.state', states) } : {}),
    category: select(`${prefix}-filter-category`, 'filters.category', categories),
    grid: select(`${prefix}-filter-grid`, 'filters.grid', []),
    from: dateInput(`${prefix}-filter-from`),
    to: dateInput(`${prefix}-filter-to`),
  };
  const overdue = element('input');
  overdue.type = 'checkbox';
  overdue.id = `${prefix}-filter-overdue`;
  const overdueLabel = element('label', { className: 'toggle' }, overdue,
    translated(element('span', { text: t('filters.overdue') }), 'filters.overdue'));
  overdueLabel.htmlFor = overdue.id;
  const clear = element('button', { className: 'button button-small', text: t('filters.clear') });
  clear.type = 'button';
  translated(clear, 'filters.clear');

  for (const [name, control] of Object.entries(controls)) {
    control.control.value = query.get(name) ?? '';
  }
  overdue.checked = query.get('overdue') === 'true';
  const wantedGrid = query.get('grid');
  if (wantedGrid) {
    // shown until the grids arrive, so that a linked filter is sent at once
    controls.grid.control.append(option(wantedGrid, wantedGrid));
    controls.grid.control.value = wantedGrid;
  }
  fetchGridChoices([1, 2]).then((grids) => {
    const current = controls.grid.control.value;
    controls.grid.control.replaceChildren(translatedOption('', 'filters.any'),
      ...grids.map((grid) => option(grid.code, t('common.named', { name: grid.name, code: grid.code }))));
    controls.grid.control.value = current;
  }, () => {});

  const params = () => {
    const all = {};
    for (const [name, control] of Object.entries(controls)) {
      if (control.control.value) {
        all[name] = control.control.value;
      }
    }
    if (withOverdue && overdue.checked) {
      all.overdue = 'true';
    }
    return all;
  };
  const changed = () => {
    const url = new URL(window.location.href);
    for (const name of [...Object.keys(controls), ...(withOverdue ? ['overdue'] : [])]) {
      url.searchParams.delete(name);
    }
    Object.entries(params()).forEach(([name, value]) => url.searchParams.set(name, value));
    window.history.replaceState(null, '', url);
    onChange(params());
  };
  for (const control of Object.values(controls)) {
    control.control.addEventListener('change', changed);
  }
  overdue.addEventListener('change', changed);
  clear.addEventListener('click', () => {
    Object.values(controls).forEach((control) => { control.control.value = ''; });
    overdue.checked = false;
    changed();
  });
  container.replaceChildren(...Object.values(controls).map((control) => control.field),
    ...(withOverdue ? [overdueLabel] : []), clear);
  return { params };
}

function select(id, labelKey, choices) {
  const control = element('select');
  control.id = id;
  control.append(translatedOption('', 'filters.any'), ...choices.map(([value, key]) => translatedOption(value, key)));
  return { control, field: labelledField(control, labelKey) };
}

function dateInput(id) {
  const control = element('input');
  control.type = 'date';
  control.id = id;
  return { control, field: labelledField(control, id.endsWith('-from') ? 'filters.from' : 'filters.to') };
}

function translated(node, key) {
  node.dataset.i18n = key;
  return node;
}
