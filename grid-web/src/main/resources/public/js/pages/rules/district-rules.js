// Rules per district on the rules page: the choice of whose rules are shown — the city's, which every district
// inherits, or one district's —, and the rule items beside the inspection frequencies (rectification and complaint
// deadlines, escalation days, review weights, radiation frequencies by class, accountability's days and measures), each saying whether it is the district's own or inherited, with
// number fields an administrator of that district (or of the city) saves, and a reset that inherits again.
// Everything from the server goes into the page with textContent.

import { fetchGrids, fetchRuleSettings, resetRuleSetting, saveRuleSetting } from '../../components/api.js';
import { element, option } from '../../components/dom.js';
import { createStatusLine } from '../../components/status.js';
import { onLanguageChange, t } from '../../i18n/index.js';

const $ = (id) => document.getElementById(id);
/** The items of this panel, in its order; the inspection rules have the form above. */
const ITEMS = ['rectification_deadlines', 'complaint_deadlines', 'case_escalation', 'complaint_escalation', 'review_weights',
  'credit_grading', 'radiation_frequencies', 'accountability'];
/** The measures an accountability rule proposes (问责: 约谈, 通报, 问责), chosen from a list rather than typed. */
const MEASURES = ['interview', 'circular', 'accountability'];

/**
 * The district whose rules the page shows: '' for the city. Listeners are called with the new choice; a district
 * administrator starts on their own district.
 */
export function createDistrictChoice() {
  const select = $('rules-district');
  const listeners = [];
  const choice = {
    me: null,
    get district() {
      return select.value || undefined;
    },
    /** Whether the signed-in person may change the rules shown: the city's administrators, or the district's. */
    get mayChange() {
      return choice.me?.role === 'admin' && (!choice.me.district || choice.me.district === select.value);
    },
    onChange(listener) {
      listeners.push(listener);
    },
    async start(me) {
      choice.me = me;
      select.replaceChildren(option('', t('rules.scope.city')));
      select.options[0].dataset.i18n = 'rules.scope.city';
      try {
        const districts = await fetchGrids({ tier: 0, simplify: 1000 });
        for (const feature of districts?.features ?? []) {
          select.append(option(feature.properties.code, feature.properties.name ?? feature.properties.code));
        }
      } catch {
        // the city's rules stay choosable; the grids page says what is wrong with the layer
      }
      select.value = me?.district ?? '';
      $('rules-scope').dataset.loaded = 'true';
    },
  };
  select.addEventListener('change', () => listeners.forEach((listener) => listener(choice.district)));
  return choice;
}

/** Where an item comes from, in words: the district's own, the city's, or the default. */
export function originText(item, district) {
  if (!item) {
    return '';
  }
  if (item.own) {
    return t(district ? 'rules.origin.own' : 'rules.origin.city');
  }
  return t(item.source === 'city' ? 'rules.origin.inheritedFromCity' : 'rules.origin.default');
}

/** The panel of the other rule items for the district chosen. */
export function startRuleItems(choice) {
  const panel = $('rule-items');
  const { say, fail } = createStatusLine($('rule-items-status'));
  let shown = null;

  async function load() {
    try {
      shown = await fetchRuleSettings(choice.district);
      render();
      panel.dataset.loaded = 'true';
    } catch (error) {
      fail('rules.items.status.error', error);
    }
  }

  function render() {
    const items = (shown?.items ?? []).filter((item) => ITEMS.includes(item.item));
    items.sort((a, b) => ITEMS.indexOf(a.item) - ITEMS.indexOf(b.item));
    $('rule-items-list').replaceChildren(...items.map(fieldset));
  }

  /** An item as a fieldset: its origin, a number field per value (complaint deadlines: a row per category). */
  function fieldset(item) {
    const box = element('fieldset', { className: 'rules-group rule-item' },
      element('legend', { text: t(`rules.item.${item.item}`) }),
      element('p', { className: 'muted rule-origin', text: originText(item, choice.district) }));
    box.dataset.item = item.item;
    box.dataset.source = item.source;
    box.dataset.own = String(item.own);
    box.disabled = !choice.mayChange;
    for (const [name, value] of Object.entries(item.value ?? {})) {
      if (value && typeof value === 'object') {
        // a row per complaint category, or per class of radiation source and device (its frequency)
        const rowName = item.item === 'complaint_deadlines' ? t(`complaintCategory.${name}`) : t(`rules.field.${name}`);
        const row = element('div', { className: 'rule-item-row' }, element('span', { text: rowName }));
        for (const [limit, days] of Object.entries(value)) {
          row.append(numberField(`${name}/${limit}`, t(`rules.field.${limit}`), days));
        }
        box.append(row);
      } else if (typeof value === 'string') {
        box.append(measureField(name, t(`rules.field.${name}`), value));
      } else {
        box.append(numberField(name, t(`rules.field.${name}`), value));
      }
    }
    const error = element('p', { className: 'field-error' });
    error.hidden = true;
    const save = element('button', { className: 'button button-primary', text: t('rules.save') });
    save.type = 'button';
    save.addEventListener('click', () => change(item.item, box, () => saveRuleSetting(item.item, read(box), choice.district)));
    const reset = element('button', { className: 'button', text: t('rules.items.inherit') });
    reset.type = 'button';
    reset.hidden = !item.own;
    reset.addEventListener('click', () => change(item.item, box, () => resetRuleSetting(item.item, choice.district)));
    box.append(error, element('div', { className: 'form-actions' }, save, reset));
    if (!choice.mayChange) {
      save.hidden = true;
      reset.hidden = true;
    }
    return box;
  }

  function numberField(path, label, value) {
    const input = element('input');
    Object.assign(input, { type: 'number', min: '0', step: 'any', value: String(value) });
    input.dataset.path = path;
    input.setAttribute('aria-label', label);
    return element('label', { className: 'field rule-item-field' }, element('span', { text: label }), input);
  }

  /** A measure of the accountability rule, as a choice of the measures. */
  function measureField(path, label, value) {
    const select = element('select');
    select.append(...MEASURES.map((key) => option(key, t(`accountability.measure.${key}`))));
    select.value = value;
    select.dataset.path = path;
    select.setAttribute('aria-label', label);
    return element('label', { className: 'field rule-item-field' }, element('span', { text: label }), select);
  }

  /** The fieldset's numbers (and measures, as their keys) as the item's JSON: "a" → { a }, "noise/closeWorkingDays" → { noise: { … } }. */
  function read(box) {
    const value = {};
    for (const input of box.querySelectorAll('[data-path]')) {
      const [first, second] = input.dataset.path.split('/');
      const number = input.tagName === 'SELECT' ? input.value : input.value.trim() === '' ? null : Number(input.value);
      if (second) {
        value[first] = { ...(value[first] ?? {}), [second]: number };
      } else {
        value[first] = number;
      }
    }
    return value;
  }

  async function change(item, box, request) {
    const error = box.querySelector('.field-error');
    error.hidden = true;
    box.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
    say('rules.status.saving');
    try {
      await request();
      say('rules.items.status.saved', { item: t(`rules.item.${item}`) }, 'success');
      await load();
    } catch (failure) {
      fail('rules.status.failed', failure);
      const first = failure?.fieldErrors?.[0];
      if (first) {
        error.textContent = String(first.message ?? '');
        error.hidden = false;
        const path = String(first.pointer ?? '').replace(/^\//, '');
        box.querySelector(`[data-path="${CSS.escape(path)}"]`)?.setAttribute('aria-invalid', 'true');
      }
    }
  }

  choice.onChange(load);
  onLanguageChange(render);
  return load();
}
