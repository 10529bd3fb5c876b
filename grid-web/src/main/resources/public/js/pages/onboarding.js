// The onboarding checklist (上线向导, administrators): the six steps from a fresh install to a working district —
// grids, directory, rivers and zones, people, rules, first duties —, each with its state, what the server found and
// the next thing to do, linked to the page that does it. The server sends codes and numbers; the words are here.
// Everything from the server goes in with textContent.

import { fetchOnboarding } from '../components/api.js';
import { element } from '../components/dom.js';
import { levelName, roleName } from '../components/format.js';
import { startPage } from '../components/page.js';
import { periodName } from '../components/period.js';
import { onLanguageChange, t } from '../i18n/index.js';

/** The roles the people step counts accounts of, most numerous first. */
const ROLES = ['supervisor', 'chief', 'viewer', 'admin'];

const elements = {
  status: document.getElementById('onboarding-status'),
  refresh: document.getElementById('onboarding-refresh'),
  progress: document.getElementById('onboarding-progress'),
  complete: document.getElementById('onboarding-complete'),
  steps: document.getElementById('onboarding-steps'),
};

const page = startPage({ status: elements.status });
const { say, fail } = page;
let checklist = null;

if (page.signedIn) {
  elements.refresh.addEventListener('click', load);
  onLanguageChange(render);
  load();
}

async function load() {
  say('onboarding.status.loading');
  try {
    checklist = await fetchOnboarding();
    render();
    say('onboarding.status.loaded');
  } catch (error) {
    checklist = null;
    elements.steps.replaceChildren();
    fail('onboarding.status.error', error);
  }
}

function render() {
  if (!checklist) {
    return;
  }
  const done = checklist.steps.filter((step) => step.state === 'done').length;
  elements.progress.textContent = t('onboarding.progress', { done, total: checklist.steps.length });
  elements.complete.hidden = !checklist.complete;
  elements.steps.replaceChildren(...checklist.steps.map(stepItem));
}

function stepItem(step) {
  const badge = element('span', { className: `state-badge onboarding-state-${step.state}`,
    text: t(`onboarding.state.${step.state}`) });
  const title = element('a', { className: 'onboarding-step-title', text: t(`onboarding.step.${step.key}`) });
  title.href = step.page;
  const item = element('li', { className: 'onboarding-step' },
    element('div', { className: 'onboarding-step-head' },
      element('span', { className: 'onboarding-number', text: step.number }), title, badge),
    element('p', { className: 'muted onboarding-files', text: t(`onboarding.files.${step.key}`) }),
    element('ul', { className: 'onboarding-found' }, ...found(step).map((line) => element('li', { text: line }))),
    nextAction(step));
  item.dataset.step = step.key;
  item.dataset.state = step.state;
  return item;
}

/** What the step found, in sentences. */
function found(step) {
  const f = step.found;
  switch (step.key) {
    case 'grids': {
      if (!f.grids) {
        return [t('onboarding.found.grids.none')];
      }
      const levels = Object.entries(f.by_level).map(([level, count]) => `${levelName(level)} ${count}`).join('、');
      return [t('onboarding.found.grids.count', { count: f.grids, levels }),
        f.districts.length ? t('onboarding.found.grids.district', { city: cityName(f), count: f.districts.length,
          names: f.districts.join('、') }) : t('onboarding.found.grids.noDistrict'),
        t('onboarding.found.grids.findings', { errors: f.errors, warnings: f.warnings })];
    }
    case 'directory':
      return [f.sources ? t('onboarding.found.directory', { count: f.sources, outside: f.in_no_grid })
        : t('onboarding.found.directory.none')];
    case 'rivers_zones':
      return [f.rivers ? t('onboarding.found.rivers', { count: f.rivers, outside: f.rivers_in_no_grid })
        : t('onboarding.found.rivers.none'), t('onboarding.found.zones', { count: f.zones })];
    case 'people':
      return [ROLES.map((role) => `${roleName(role)} ${f[`${role}s`] ?? 0}`).join('、'),
        t('onboarding.found.people.unstaffed', { count: f.unstaffed }),
        t('onboarding.found.people.withoutChief', { count: f.without_chief })];
    case 'rules':
      return [t(f.saved ? 'onboarding.found.rules.saved' : 'onboarding.found.rules.defaults'),
        f.calendar_missing.length
          ? t('onboarding.found.rules.calendarMissing', { years: f.calendar_missing.join('、') })
          : t('onboarding.found.rules.calendarCovered')];
    case 'duties':
      return [t(f.generated ? 'onboarding.found.duties' : 'onboarding.found.duties.none',
        { period: periodName(f.period), count: f.duties, unassigned: f.unassigned })];
    default:
      return [];
  }
}

/** The city's name; until one is set, a one-district city's district name, else its code. */
function cityName(f) {
  if (f.city) {
    return f.city;
  }
  return f.districts.length === 1 ? f.districts[0] : f.city_code ?? t('onboarding.found.grids.cityUnnamed');
}

/** The next thing to do as a link to its page; a step waiting for the grids says so first. */
function nextAction(step) {
  const box = element('div', { className: 'onboarding-next' });
  if (step.waits_for) {
    box.append(element('p', { className: 'onboarding-waits', text: t('onboarding.waitsFor.grids') }));
  }
  if (step.next) {
    const params = { ...step.next.params };
    if (params.period) {
      params.period = periodName(params.period);
    }
    const link = element('a', { className: 'button onboarding-action', text: t(`onboarding.next.${step.next.code}`, params) });
    link.href = step.next.page;
    link.dataset.code = step.next.code;
    box.append(link);
  }
  return box;
}
