// Periods as the API writes them — a month `2026-11` or a quarter `2026-Q4` — and the choice of
// one in a <select>: the months around this one and the quarters of last, this and next year.

import { locale, t } from './i18n.js';

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
/** Months offered before and after the current one. */
const MONTHS_BACK = 12;
const MONTHS_AHEAD = 3;

/** This month as the API writes it, in the browser's time zone. */
export function thisMonth(now = new Date()) {
  return monthCode(now.getFullYear(), now.getMonth() + 1);
}

/** This quarter as the API writes it (`2026-Q4`). */
export function thisQuarter(now = new Date()) {
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

/** { kind: 'month', year, month } or { kind: 'quarter', year, quarter }, or null for anything else. */
export function parsePeriod(text) {
  const month = MONTH.exec(String(text ?? ''));
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
  }
  const quarter = QUARTER.exec(String(text ?? ''));
  if (quarter) {
    return { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) };
  }
  return null;
}

/** 2026年11月 / November 2026, 2026年第4季度 / Q4 2026; anything else as given. */
export function periodName(text) {
  const period = parsePeriod(text);
  if (!period) {
    return String(text ?? '—');
  }
  if (period.kind === 'quarter') {
    return t('period.quarter', { year: period.year, quarter: period.quarter });
  }
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'long' })
    .format(new Date(period.year, period.month - 1, 1));
}

/**
 * Fills a <select> with months and quarters (grouped) and selects `selected` (added when it is a
 * valid period outside the usual range), else this month.
 */
export function fillPeriodSelect(select, selected = select.value || thisMonth()) {
  const now = new Date();
  const months = [];
  for (let offset = -MONTHS_BACK; offset <= MONTHS_AHEAD; offset += 1) {
    const date = new Date(now.getFullYear(), now.getMonth() + offset, 1);
    months.push(monthCode(date.getFullYear(), date.getMonth() + 1));
  }
  const quarters = [];
  for (let year = now.getFullYear() - 1; year <= now.getFullYear() + 1; year += 1) {
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      quarters.push(`${year}-Q${quarter}`);
    }
  }
  const chosen = parsePeriod(selected) ? selected : thisMonth();
  if (!months.includes(chosen) && !quarters.includes(chosen)) {
    (parsePeriod(chosen).kind === 'month' ? months : quarters).push(chosen);
    months.sort();
    quarters.sort();
  }
  select.replaceChildren(group(t('period.months'), months), group(t('period.quarters'), quarters));
  select.value = chosen;
}

function group(label, periods) {
  const optgroup = document.createElement('optgroup');
  optgroup.label = label;
  for (const period of periods) {
    const option = document.createElement('option');
    option.value = period;
    option.textContent = periodName(period);
    optgroup.append(option);
  }
  return optgroup;
}

function monthCode(year, month) {
  return `${year}-${String(month).padStart(2, '0')}`;
}
