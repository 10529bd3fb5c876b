// Periods as the API writes them — a month `2026-11`, a quarter `2026-Q4`, or a range of days
// `2026-10-01/2026-10-15` where a page allows one — and the choice of one in a <select>: the months
// around this one and the quarters of last, this and next year — "this" in the district's calendar.

import { locale, t } from '../i18n/index.js';
import { districtToday } from './district-time.js';

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
/** The value of the option that asks for a range of days instead. */
export const CUSTOM_PERIOD = 'custom';
/** Months offered before and after the current one. */
const MONTHS_BACK = 12;
const MONTHS_AHEAD = 3;

/** This month as the API writes it, in the district's calendar (not the browser's). */
export function thisMonth(today = districtToday()) {
  return today.slice(0, 7);
}

/** This quarter as the API writes it (`2026-Q4`), in the district's calendar. */
export function thisQuarter(today = districtToday()) {
  return `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
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

/** { from, to } (ISO dates, both included) for a range `2026-10-01/2026-10-15` that is a real one, else null. */
export function parseRange(text) {
  const range = RANGE.exec(String(text ?? ''));
  if (!range || !isDate(range[1]) || !isDate(range[2]) || range[1] > range[2]) {
    return null;
  }
  return { from: range[1], to: range[2] };
}

/** A status line's parameters with their period (a code, as kept) in words: its localise (createStatusLine). */
export function periodInWords(params) {
  return params.period ? { ...params, period: periodName(params.period) } : params;
}

/** 2026年11月 / November 2026, 2026年第4季度 / Q4 2026, 2026-10-01 至 2026-10-15; anything else as given. */
export function periodName(text) {
  const range = parseRange(text);
  if (range) {
    return t('period.range', range);
  }
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
 * valid period outside the usual range), else this month. Without months it offers quarters only
 * (and falls back to this quarter); with custom, a last group offers a range of days
 * ({@link CUSTOM_PERIOD}) and holds `selected` when it is a range.
 */
export function fillPeriodSelect(
  select,
  selected = select.value || thisMonth(),
  { months: withMonths = true, custom = false } = {},
) {
  if (custom && parseRange(selected)) {
    fillPeriodSelect(select, undefined, { months: withMonths });
    select.append(group(t('period.custom'), [selected, CUSTOM_PERIOD]));
    select.value = selected;
    return;
  }
  const today = districtToday();
  const thisYear = Number(today.slice(0, 4));
  const thisMonthIndex = Number(today.slice(5, 7)) - 1;
  const months = [];
  for (let offset = -MONTHS_BACK; offset <= MONTHS_AHEAD; offset += 1) {
    const index = thisYear * 12 + thisMonthIndex + offset;
    months.push(monthCode(Math.floor(index / 12), (index % 12) + 1));
  }
  const quarters = [];
  for (let year = thisYear - 1; year <= thisYear + 1; year += 1) {
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      quarters.push(`${year}-Q${quarter}`);
    }
  }
  const asked = parsePeriod(selected);
  const chosen = asked && (withMonths || asked.kind === 'quarter') ? selected : withMonths ? thisMonth() : thisQuarter();
  if (!months.includes(chosen) && !quarters.includes(chosen)) {
    (parsePeriod(chosen).kind === 'month' ? months : quarters).push(chosen);
    months.sort();
    quarters.sort();
  }
  select.replaceChildren(...(withMonths ? [group(t('period.months'), months)] : []), group(t('period.quarters'), quarters));
  if (custom) {
    select.append(group(t('period.custom'), [CUSTOM_PERIOD]));
  }
  select.value = chosen;
}

function group(label, periods) {
  const optgroup = document.createElement('optgroup');
  optgroup.label = label;
  for (const period of periods) {
    const option = document.createElement('option');
    option.value = period;
    option.textContent = period === CUSTOM_PERIOD ? t('period.customChoice') : periodName(period);
    optgroup.append(option);
  }
  return optgroup;
}

function monthCode(year, month) {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function isDate(text) {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
