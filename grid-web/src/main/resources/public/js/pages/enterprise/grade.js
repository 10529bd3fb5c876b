// The enterprise card's grade tab (环保信用评价): the grade the year's record proposes, each indicator with its
// points and the evidence behind it (cases, complaints, alerts — linked), the reviewed and published grade, the
// appeals and the history of every year. Administrators of the district review the proposal (another grade, with a
// reason) before publication and decide appeals after it; staff of the grid record an appeal on the enterprise's
// behalf. Everything from the server goes into the page with textContent.

import {
  appealEnterpriseGrade, decideGradeAppeal, fetchEnterpriseGrade, reviewEnterpriseGrade,
} from '../../components/api.js';
import { cell, element, option } from '../../components/dom.js';
import { districtToday } from '../../components/district-time.js';
import { describeProblem, formatInstant } from '../../components/format.js';
import { onLanguageChange, t } from '../../i18n/index.js';

const GRADES = ['green', 'blue', 'yellow', 'red'];
/** The years offered: this one and the four before it. */
const YEARS_SHOWN = 5;

/** A grade as a coloured badge with its name; an empty dash for none. */
export function gradeBadge(grade) {
  if (!grade) {
    return element('span', { className: 'muted', text: '—' });
  }
  const badge = element('span', { className: 'grade-badge', text: t(`grading.grade.${grade}`) });
  badge.dataset.grade = grade;
  return badge;
}

/** Where an item of evidence is found: a case, a complaint, an alert of the record tab. */
function evidenceLink(item) {
  const text = `${t(`grading.evidence.${item.kind}`, { id: item.id })} ${item.on} ${item.note}`;
  if (item.kind === 'alert') {
    return element('span', { text });
  }
  const link = element('a', { text });
  link.href = item.kind === 'complaint'
    ? `complaints.html?complaint=${encodeURIComponent(item.id)}`
    : `cases.html?case=${encodeURIComponent(item.id)}`;
  return link;
}

function gradeSelect(id) {
  const select = element('select');
  select.id = id;
  select.append(...GRADES.map((grade) => option(grade, t(`grading.grade.${grade}`))));
  return select;
}

function textField(id, key, multiline = false) {
  const control = element(multiline ? 'textarea' : 'input');
  control.id = id;
  if (multiline) {
    control.rows = 2;
  }
  const label = element('label', { text: t(key) });
  label.htmlFor = id;
  return { control, field: element('div', { className: 'field' }, label, control) };
}

export function mountTab(panel, card) {
  const thisYear = Number(districtToday().slice(0, 4));
  const years = element('select');
  years.id = 'grade-year';
  for (let year = thisYear; year > thisYear - YEARS_SHOWN; year -= 1) {
    years.append(option(String(year), String(year)));
  }
  const yearLabel = element('label', { className: 'inline-field' }, element('span', { text: t('grading.year') }), years);
  yearLabel.htmlFor = 'grade-year';
  const body = element('div', { className: 'grade-body' });
  const error = element('p', { className: 'field-error' });
  error.hidden = true;
  panel.replaceChildren(element('div', { className: 'toolbar' }, yearLabel), error, body);

  let shown = null;

  function summary(grade) {
    const rows = [
      ['grading.proposed', element('span', {}, gradeBadge(grade.proposal.grade),
        element('span', { className: 'grade-score', text: t('grading.score', { score: grade.proposal.score }) })),
      'proposed'],
      ['grading.reviewed', grade.reviewed_grade
        ? element('span', {}, gradeBadge(grade.reviewed_grade), element('span', {
          className: 'muted', text: ` ${grade.review_reason ?? ''}（${grade.reviewed_by ?? ''}）` }))
        : element('span', { className: 'muted', text: t('grading.notReviewed') }), 'reviewed'],
      ['grading.published', grade.published
        ? element('span', {}, gradeBadge(grade.published_grade), element('span', {
          className: 'muted', text: ` ${formatInstant(grade.published_at)}` }))
        : element('span', { className: 'muted', text: t('grading.notPublished') }), 'published'],
    ];
    const list = element('dl', { className: 'details-fields grade-summary' });
    for (const [key, value, field] of rows) {
      const dd = element('dd', {}, value);
      dd.dataset.field = field;
      list.append(element('dt', { text: t(key) }), dd);
    }
    return list;
  }

  function indicators(grade) {
    const table = element('table', { className: 'data-table grade-indicators' });
    table.append(element('thead', {}, element('tr', {}, ...['grading.col.indicator', 'grading.col.count',
      'grading.col.weight', 'grading.col.points', 'grading.col.evidence']
      .map((key) => element('th', { text: t(key) })))));
    const rows = element('tbody');
    for (const indicator of grade.proposal.indicators) {
      const evidence = element('ul', { className: 'grade-evidence' },
        ...indicator.evidence.map((item) => element('li', {}, evidenceLink(item))));
      const row = element('tr', {}, cell('', t(`grading.indicator.${indicator.indicator}`)),
        cell('numeric', indicator.count), cell('numeric', indicator.weight),
        cell('numeric', indicator.points > 0 ? `+${indicator.points}` : indicator.points), cell('', evidence));
      row.dataset.indicator = indicator.indicator;
      row.dataset.count = String(indicator.count);
      rows.append(row);
    }
    table.append(rows);
    return element('div', { className: 'table-scroll' }, table);
  }

  /** A form of fields and a submit button; the action's answer is the new grade card. */
  function form(className, titleKey, fields, buttonKey, action) {
    const submit = element('button', { className: 'button button-primary', text: t(buttonKey) });
    submit.type = 'submit';
    const box = element('form', { className: `grade-form ${className}` },
      element('h4', { text: t(titleKey) }), ...fields, element('div', { className: 'form-actions' }, submit));
    box.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        shown = await action();
        error.hidden = true;
        card.say?.('grading.saved');
        render();
      } catch (failure) {
        error.textContent = describeProblem(failure);
        error.hidden = false;
      } finally {
        submit.disabled = false;
      }
    });
    return box;
  }

  function reviewForm(grade) {
    const select = gradeSelect('grade-review-grade');
    select.value = grade.reviewed_grade ?? grade.proposal.grade;
    const label = element('label', { text: t('grading.grade') });
    label.htmlFor = select.id;
    const reason = textField('grade-review-reason', 'grading.reason', true);
    return form('grade-review', 'grading.review', [element('div', { className: 'field' }, label, select), reason.field],
      'grading.reviewSave', () => reviewEnterpriseGrade(card.code, grade.year, select.value, reason.control.value));
  }

  function appeals(grade) {
    const box = element('div', { className: 'grade-appeals' }, element('h3', { className: 'history-heading',
      text: t('grading.appeals') }));
    if (grade.appeals.length === 0) {
      box.append(element('p', { className: 'muted', text: t('grading.noAppeals') }));
    }
    for (const appeal of grade.appeals) {
      const item = element('div', { className: 'grade-appeal' },
        element('p', { text: t('grading.appealLine', { who: appeal.filed_for, by: appeal.recorded_by,
          at: formatInstant(appeal.recorded_at) }) }),
        element('p', { className: 'appeal-text', text: appeal.text }));
      item.dataset.appeal = String(appeal.id);
      item.dataset.decision = appeal.decision ?? 'pending';
      if (appeal.decision) {
        item.append(element('p', { className: 'muted', text: t(`grading.decided.${appeal.decision}`, {
          grade: appeal.grade ? t(`grading.grade.${appeal.grade}`) : '', reason: appeal.reason, by: appeal.decided_by }) }));
      } else if (grade.may_review) {
        const decision = element('select');
        decision.id = `grade-decision-${appeal.id}`;
        decision.append(option('upheld', t('grading.decision.upheld')), option('rejected', t('grading.decision.rejected')));
        const decisionLabel = element('label', { text: t('grading.decision') });
        decisionLabel.htmlFor = decision.id;
        const newGrade = gradeSelect(`grade-decision-grade-${appeal.id}`);
        newGrade.value = grade.published_grade;
        const gradeLabel = element('label', { text: t('grading.grade') });
        gradeLabel.htmlFor = newGrade.id;
        const reason = textField(`grade-decision-reason-${appeal.id}`, 'grading.reason', true);
        item.append(form('grade-decide', 'grading.decide', [
          element('div', { className: 'field' }, decisionLabel, decision),
          element('div', { className: 'field' }, gradeLabel, newGrade), reason.field], 'grading.decideSave',
        () => decideGradeAppeal(card.code, grade.year, appeal.id, decision.value,
          decision.value === 'upheld' ? newGrade.value : null, reason.control.value)));
      }
      box.append(item);
    }
    if (grade.may_appeal) {
      const who = textField('grade-appeal-who', 'grading.filedFor');
      const text = textField('grade-appeal-text', 'grading.appealText', true);
      box.append(form('grade-appeal-form', 'grading.appeal', [who.field, text.field], 'grading.appealSave',
        () => appealEnterpriseGrade(card.code, grade.year, who.control.value, text.control.value)));
    }
    return box;
  }

  function history(grade) {
    const list = element('ul', { className: 'grade-history' });
    if (grade.history.length === 0) {
      list.append(element('li', { className: 'muted', text: t('grading.noHistory') }));
    }
    for (const entry of grade.history) {
      const item = element('li', {}, element('span', { className: 'alert-date', text: formatInstant(entry.at) }),
        element('strong', { text: `${entry.year} ${t(`grading.action.${entry.action}`)}` }),
        entry.grade ? gradeBadge(entry.grade) : null,
        element('span', { text: `${entry.actor} ${entry.note ?? ''}` }));
      item.dataset.action = entry.action;
      list.append(item);
    }
    return element('div', {}, element('h3', { className: 'history-heading', text: t('grading.history') }), list);
  }

  function render() {
    if (!shown) {
      body.replaceChildren(element('p', { className: 'muted', text: t('sourceHistory.loading') }));
      return;
    }
    body.replaceChildren(summary(shown),
      element('h3', { className: 'history-heading', text: t('grading.indicators') }), indicators(shown),
      shown.may_review && !shown.published ? reviewForm(shown) : element('span'),
      appeals(shown), history(shown));
    panel.dataset.loaded = 'true';
  }

  async function load() {
    delete panel.dataset.loaded;
    try {
      shown = await fetchEnterpriseGrade(card.code, years.value);
      error.hidden = true;
      render();
    } catch (failure) {
      error.textContent = t('grading.loadFailed', { detail: describeProblem(failure) });
      error.hidden = false;
    }
  }

  years.addEventListener('change', load);
  onLanguageChange(render);
  render();
  // loaded when shown — the first time too — so that a record made meanwhile on another tab is counted
  return { shown: load };
}
