// Who answers for a grid, and what happened at a source: the panels the map pages show beside a clicked grid or
// source. A grid's chief and supervisors today — its own and those of the grids above it — with their phones where
// the server sends them (it leaves them out for those who may not see personal data); a source's recent
// inspections, duties and cases with their states, each linked to where it is handled. Everything from the server
// goes in with textContent.

import { onLanguageChange, t } from '../i18n/index.js';
import { fetchGridStaff, fetchSourceHistory } from './api.js';
import { element } from './dom.js';
import { describeProblem, formatInstant, vocabularyName } from './format.js';
import { latestOnly } from './latest.js';

/**
 * Binds to a panel (a section with a .grid-staff-list inside): show(code) loads and lists the grid's people,
 * show(null) hides the panel.
 */
export function createGridStaffPanel(root) {
  const list = root.querySelector('.grid-staff-list');
  const load = latestOnly();
  let shown = null; // { code, staff } or { code, error }

  function render() {
    root.hidden = !shown;
    if (!shown) {
      list.replaceChildren();
      root.removeAttribute('data-code');
      return;
    }
    root.dataset.code = shown.code;
    if (shown.error) {
      list.replaceChildren(element('li', { className: 'field-error', text: t('staff.error', { detail: describeProblem(shown.error) }) }));
      return;
    }
    if (!shown.staff) {
      list.replaceChildren(element('li', { className: 'muted', text: t('staff.loading') }));
      return;
    }
    if (shown.staff.length === 0) {
      list.replaceChildren(element('li', { className: 'muted', text: t('staff.none') }));
      return;
    }
    list.replaceChildren(...shown.staff.map(staffItem));
    list.dataset.loaded = String(shown.staff.length);
  }

  onLanguageChange(render);
  return {
    show(code) {
      delete list.dataset.loaded;
      shown = code ? { code, staff: null } : null;
      render();
      if (!code) {
        load(() => Promise.resolve(null), { loaded: () => {}, failed: () => {} });
        return;
      }
      load(() => fetchGridStaff(code), {
        loaded: (staff) => {
          shown = { code, staff: Array.isArray(staff) ? staff : [] };
          render();
        },
        failed: (error) => {
          shown = { code, error };
          render();
        },
      });
    },
  };
}

function staffItem(person) {
  const post = element('span', { className: 'post-badge', text: vocabularyName('duty', person.post) });
  post.dataset.post = person.post ?? '';
  const item = element('li', { className: 'staff-item' }, post, element('span', { className: 'staff-name', text: person.name }));
  item.dataset.post = person.post ?? '';
  item.dataset.personId = String(person.person_id);
  if (!person.own) {
    item.append(element('span', { className: 'muted staff-grid', text: t('staff.above', { grid: person.grid_name ?? person.grid_code }) }));
  }
  if (person.phone) {
    const phone = element('a', { className: 'staff-phone', text: person.phone });
    phone.href = `tel:${person.phone}`;
    item.append(phone);
  }
  return item;
}

/**
 * Binds to a source's history (an element with .source-history-list inside): show(code) loads the source's recent
 * inspections, duties and cases; show(null) empties it.
 */
export function createSourceHistory(root) {
  const list = root.querySelector('.source-history-list');
  const load = latestOnly();
  let shown = null; // { code, history } or { code, error }

  function render() {
    root.hidden = !shown;
    if (!shown) {
      list.replaceChildren();
      return;
    }
    root.dataset.code = shown.code;
    if (shown.error) {
      list.replaceChildren(element('p', { className: 'field-error', text: t('sourceHistory.error', { detail: describeProblem(shown.error) }) }));
      return;
    }
    if (!shown.history) {
      list.replaceChildren(element('p', { className: 'muted', text: t('sourceHistory.loading') }));
      return;
    }
    const { inspections = [], duties = [], cases = [] } = shown.history;
    list.replaceChildren(
      group('inspections', inspections, inspectionItem),
      group('duties', duties, dutyItem),
      group('cases', cases, caseItem));
    list.dataset.loaded = 'true';
  }

  onLanguageChange(render);
  return {
    show(code) {
      delete list.dataset.loaded;
      shown = code ? { code, history: null } : null;
      render();
      if (!code) {
        load(() => Promise.resolve(null), { loaded: () => {}, failed: () => {} });
        return;
      }
      load(() => fetchSourceHistory(code), {
        loaded: (history) => {
          shown = { code, history };
          render();
        },
        failed: (error) => {
          shown = { code, error };
          render();
        },
      });
    },
  };
}

function group(kind, items, itemOf) {
  const list = element('ul', { className: 'history-list' });
  list.dataset.kind = kind;
  list.append(...(items.length > 0 ? items.map(itemOf) : [element('li', { className: 'muted', text: t('sourceHistory.none') })]));
  return element('div', { className: 'history-group' }, element('h3', { className: 'history-title', text: t(`sourceHistory.${kind}`) }), list);
}

function inspectionItem(inspection) {
  const link = element('a', { text: formatInstant(inspection.inspected_at) });
  link.href = `inspections.html?id=${encodeURIComponent(inspection.id)}`;
  const item = element('li', {}, link, element('span', { text: inspection.inspector_name ?? '' }));
  if (inspection.flagged) {
    const verdict = inspection.accepted === true ? 'accepted' : inspection.accepted === false ? 'rejected' : 'pending';
    const badge = element('span', { className: 'flag-badge', text: t(`sourceHistory.flag.${verdict}`) });
    badge.dataset.verdict = verdict;
    item.append(badge);
  }
  if (inspection.findings > 0) {
    item.append(element('span', { className: 'muted', text: t('sourceHistory.findings', { count: inspection.findings }) }));
  }
  item.dataset.id = inspection.id;
  return item;
}

function dutyItem(duty) {
  const status = element('span', { className: 'duty-status', text: vocabularyName('dutyStatus', duty.status) });
  status.dataset.status = duty.status ?? '';
  const item = element('li', {}, element('span', { text: t('sourceHistory.due', { from: duty.due_from, by: duty.due_by }) }), status);
  item.dataset.id = String(duty.id);
  return item;
}

function caseItem(problem) {
  const link = element('a', { text: `#${problem.id}` });
  link.href = `cases.html?case=${encodeURIComponent(problem.id)}`;
  const state = element('span', { className: 'case-state-badge', text: vocabularyName('caseState', problem.state) });
  state.dataset.state = problem.state ?? '';
  const item = element('li', {}, link, element('span', { text: vocabularyName('category', problem.category) }), state);
  item.dataset.id = String(problem.id);
  return item;
}
