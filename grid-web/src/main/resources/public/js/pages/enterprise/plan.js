// The enterprise card's plan tab (一厂一策): each remediation plan with its progress and its measures — what to do,
// by when, who at the enterprise answers for it, where it stands, the inspection that verified it —, overdue ones
// marked; the grid's chief and administrators report and verify measures, administrators add plans and measures.

import { actOnPlanMeasure, addPlanMeasure, createEnterprisePlan, fetchEnterprisePlans } from '../../components/api.js';
import { cell, element, emptyRow, labelledField, option } from '../../components/dom.js';
import { describeProblem, formatPercent, vocabularyName } from '../../components/format.js';
import { onLanguageChange, t } from '../../i18n/index.js';

const HEADERS = ['action', 'deadline', 'responsible', 'state', 'verification', 'steps'];

export function mountTab(panel, card) {
  const list = element('div', { className: 'plan-list' });
  const status = element('p', { className: 'plan-status muted' });
  status.setAttribute('role', 'status');
  const form = card.me?.role === 'admin' ? planForm(card, () => load()) : null;
  panel.replaceChildren(element('h3', { className: 'history-heading', text: t('plan.title') }), status, list,
    form?.node ?? null);

  let plans = null;
  let failure = null;
  function render() {
    status.textContent = failure ? t('plan.error', { detail: describeProblem(failure) })
      : plans === null ? t('sourceHistory.loading') : plans.length === 0 ? t('plan.none') : '';
    status.className = failure ? 'plan-status field-error' : 'plan-status muted';
    list.replaceChildren(...(plans ?? []).map((plan) => planSection(plan, card, (changed) => {
      plans = plans.map((p) => (p.id === changed.id ? changed : p));
      render();
    })));
    list.dataset.loaded = plans === null ? 'false' : 'true';
    form?.choose(plans ?? []);
  }
  function load() {
    return fetchEnterprisePlans(card.code)
      .then((loaded) => {
        plans = loaded;
        failure = null;
      })
      .catch((error) => {
        failure = error;
      })
      .finally(render);
  }
  onLanguageChange(render);
  render();
  // the card calls shown() as soon as the tab is mounted, and on every later switch to it: that is the one load
  return { shown: load };
}

/** One plan: its title and period, its progress, and a table of its measures. */
function planSection(plan, card, changed) {
  const progress = plan.progress;
  const bar = element('progress', { className: 'plan-progress-bar' });
  bar.max = Math.max(progress.measures, 1);
  bar.value = progress.verified;
  const summary = element('p', { className: 'plan-progress' }, bar,
    element('span', { text: t('plan.progress', { verified: progress.verified, measures: progress.measures,
      share: progress.share === null ? '—' : formatPercent(progress.share) }) }));
  if (progress.overdue > 0) {
    summary.append(element('span', { className: 'status-badge', text: t('plan.overdueCount', { count: progress.overdue }) }));
    summary.lastChild.dataset.status = 'overdue';
  }
  const table = element('table', { className: 'data-table plan-measures' },
    element('thead', {}, element('tr', {}, ...HEADERS.map((key) => element('th', { text: t(`plan.col.${key}`) })))));
  const body = element('tbody');
  table.append(body);
  body.append(...(plan.measures.length === 0 ? [emptyRow(table, t('plan.noMeasures'))]
    : plan.measures.map((measure) => measureRow(plan, measure, card, changed))));
  const section = element('section', { className: 'plan' },
    element('h4', { text: `${plan.title}（${plan.period}）` }), summary, table);
  section.dataset.plan = plan.id;
  return section;
}

function measureRow(plan, measure, card, changed) {
  const state = element('span', { className: 'status-badge', text: vocabularyName('measureState', measure.state) });
  state.dataset.status = measure.state === 'verified' ? 'done' : 'open';
  const stateCell = cell('plan-state', state);
  if (measure.overdue) {
    stateCell.append(element('span', { className: 'overdue-text', text: ` ${t('plan.overdue')}` }));
  }
  if (measure.cancel_reason) {
    stateCell.append(element('div', { className: 'muted', text: measure.cancel_reason }));
  }
  const row = element('tr', {},
    cell('plan-action', measure.action),
    cell('plan-deadline', measure.deadline),
    cell('plan-responsible', element('span', {}, element('span', { text: measure.responsible_name }),
      element('div', { className: 'muted', text: measure.responsible_phone }),
      measure.supervisor_name ? element('div', { className: 'muted',
        text: t('plan.supervisor', { name: measure.supervisor_name }) }) : null)),
    stateCell,
    cell('plan-verification', verification(measure)),
    cell('plan-steps', steps(plan, measure, card, changed)));
  row.dataset.measure = measure.id;
  row.dataset.status = measure.overdue ? 'overdue' : measure.state === 'verified' ? 'done' : 'open';
  return row;
}

/** The inspection that verified the measure, else the duty that is to verify it. */
function verification(measure) {
  if (measure.verified_by) {
    const link = element('a', { text: t('plan.inspection') });
    link.href = `inspections.html?id=${encodeURIComponent(measure.verified_by)}`;
    return link;
  }
  return measure.duty_id ? element('span', { className: 'muted', text: t('plan.duty', { id: measure.duty_id }) })
    : element('span', { className: 'muted', text: '—' });
}

/** The steps the person may take: report done; verify naming an inspection; cancel with a reason. */
function steps(plan, measure, card, changed) {
  if (measure.actions.length === 0) {
    return null;
  }
  const action = element('select', { className: 'plan-step' },
    ...measure.actions.map((key) => option(key, t(`plan.step.${key}`))));
  const text = element('input', { className: 'plan-step-text' });
  text.placeholder = t('plan.step.textHint');
  const go = element('button', { className: 'button', text: t('plan.step.go') });
  go.type = 'submit';
  const error = element('div', { className: 'field-error' });
  const form = element('form', { className: 'plan-step-form' }, action, text, go, error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const step = { action: action.value };
    if (action.value === 'verify') {
      step.inspection_id = text.value.trim();
    } else if (action.value === 'cancel') {
      step.reason = text.value.trim();
    }
    go.disabled = true;
    actOnPlanMeasure(card.code, plan.id, measure.id, step)
      .then(changed)
      .catch((failure) => {
        error.textContent = describeProblem(failure);
      })
      .finally(() => {
        go.disabled = false;
      });
  });
  return form;
}

/** The administrators' form: a measure for an existing plan, or a new plan with its first measure. */
function planForm(card, saved) {
  const id = (name) => `plan-form-${name}`;
  const input = (name, type = 'text') => {
    const control = element('input');
    control.id = id(name);
    control.name = name;
    control.type = type;
    return control;
  };
  const plan = element('select');
  plan.id = id('plan');
  const title = input('title');
  const period = input('period');
  period.placeholder = String(new Date().getFullYear());
  const action = input('action');
  const deadline = input('deadline', 'date');
  const name = input('responsible_name');
  const phone = input('responsible_phone', 'tel');
  const newPlanFields = element('div', { className: 'plan-new-fields' },
    labelledField(title, 'plan.form.title'), labelledField(period, 'plan.form.period'));
  const error = element('div', { className: 'field-error' });
  error.setAttribute('role', 'alert');
  const submit = element('button', { className: 'button primary', text: t('plan.form.save') });
  submit.type = 'submit';
  const form = element('form', { className: 'panel plan-form' },
    element('h4', { text: t('plan.form.heading') }), labelledField(plan, 'plan.form.plan'), newPlanFields,
    labelledField(action, 'plan.form.action'), labelledField(deadline, 'plan.form.deadline'),
    labelledField(name, 'plan.form.responsibleName'), labelledField(phone, 'plan.form.responsiblePhone'),
    error, submit);
  plan.addEventListener('change', () => {
    newPlanFields.hidden = plan.value !== '';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const measure = { action: action.value, deadline: deadline.value || null, responsible_name: name.value,
      responsible_phone: phone.value };
    submit.disabled = true;
    error.textContent = '';
    const request = plan.value === ''
      ? createEnterprisePlan(card.code, { title: title.value, period: period.value, measures: [measure] })
      : addPlanMeasure(card.code, plan.value, measure);
    request
      .then(() => {
        action.value = '';
        card.say?.('plan.form.saved');
        return saved();
      })
      .catch((failure) => {
        error.textContent = describeProblem(failure);
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  return {
    node: form,
    choose(plans) {
      const chosen = plan.value;
      plan.replaceChildren(option('', t('plan.form.newPlan')),
        ...plans.map((p) => option(String(p.id), `${p.title}（${p.period}）`)));
      plan.value = plans.some((p) => String(p.id) === chosen) ? chosen : plans[0] ? String(plans[0].id) : '';
      newPlanFields.hidden = plan.value !== '';
    },
  };
}
