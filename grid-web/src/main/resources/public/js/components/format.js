// Numbers and codes as people read them, in the current language.

import { locale, t } from '../i18n/index.js';

const M2_PER_KM2 = 1_000_000;

/** Area in km² with two decimals; a positive area too small for that says so instead of 0.00. */
export function formatAreaKm2(km2) {
  if (typeof km2 !== 'number' || !Number.isFinite(km2)) {
    return '—';
  }
  if (km2 > 0 && km2 < 0.005) {
    return `${t('area.tiny')} km²`;
  }
  return `${twoDecimals(km2)} km²`;
}

/** A finding's area, given in m²: km² for large ones, whole m² for small ones. */
export function formatAreaM2(m2) {
  if (typeof m2 !== 'number' || !Number.isFinite(m2)) {
    return '—';
  }
  if (m2 >= 10_000) {
    return `${twoDecimals(m2 / M2_PER_KM2)} km²`;
  }
  return formatSquareMetres(m2);
}

/**
 * An area in whole m² whatever its size (1,234,567 m²): where areas are compared to the square metre. A piece of
 * less than a square metre (a sliver left by reprojection) reads "< 1 m²", not "0 m²" as if there were nothing.
 */
export function formatSquareMetres(m2) {
  if (typeof m2 !== 'number' || !Number.isFinite(m2)) {
    return '—';
  }
  if (m2 > 0 && m2 < 1) {
    return '< 1 m²';
  }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(m2)} m²`;
}

/** 镇 / Town … for a grid level; unknown levels are shown as sent. */
export function levelName(level) {
  return vocabularyName('level', level);
}

/** A rate from 0 to 1 as a percentage (87.5%), at most `digits` decimals; no rate (nothing to rate) as —. */
export function formatPercent(rate, digits = 1) {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) {
    return '—';
  }
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: digits }).format(rate);
}

function twoDecimals(value) {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/**
 * What went wrong, for a status line: the server's problem said from its code in the current language, else its
 * detail, else the status, else no connection.
 */
export function describeError(error) {
  const coded = codedText(error?.problem);
  if (coded) {
    return coded;
  }
  if (error?.message) {
    return error.message;
  }
  if (error?.status === 403) {
    return t('error.forbidden');
  }
  if (error?.status) {
    return t('error.http', { status: error.status });
  }
  return t('error.network');
}

/** A person's role (admin, viewer, chief, supervisor) as people call it; unknown roles as sent. */
export function roleName(role) {
  return vocabularyName('role', role);
}

/**
 * A person's role with the reach of their account: an administrator or viewer bound to no district is the city's
 * (市局管理员, 市级查看员); one bound to a district, and anyone else bound to one, has the district's name beside
 * the role (区局管理员 · 滨湖区).
 */
export function scopedRoleName(person) {
  const cityWide = ['admin', 'viewer'].includes(person?.role) && !person.district;
  const name = cityWide ? t(`role.${person.role}.city`) : roleName(person?.role);
  return person?.district ? `${name} · ${person.district_name ?? person.district}` : name;
}

/** A duty (chief, supervisor) as people call it. */
export function dutyName(duty) {
  return vocabularyName('duty', duty);
}

/** A value of a closed vocabulary (source kind, status, duty status…) as people call it; unknown ones as sent. */
export function vocabularyName(prefix, value) {
  const key = `${prefix}.${value}`;
  const name = t(key);
  return name === key ? String(value ?? '—') : name;
}

/** 是 / 否, Yes / No. */
export function yesNo(value) {
  return t(value ? 'common.yes' : 'common.no');
}

/** An ISO instant (2026-11-30T08:15:00Z) as local date and time; other text as given. */
export function formatInstant(text) {
  if (!text) {
    return '—';
  }
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    return String(text);
  }
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Like describeError, and also gives the problem's `errors` messages that the detail does not
 * already say: a server may put the specifics there and keep the detail general.
 */
export function describeProblem(error) {
  const detail = describeError(error);
  const extra = (error?.fieldErrors ?? [])
    .map(describeFieldError)
    .filter((message) => message && !detail.includes(message));
  return [detail, ...new Set(extra)].join(t('common.sentenceSeparator'));
}

/** One entry of a problem's `errors` ({ pointer, message, code, params }) in the current language. */
export function describeFieldError(entry) {
  const coded = entry?.code === 'input.invalid' ? '' : codedText(entry);
  return coded || (entry?.message === undefined || entry?.message === null ? '' : String(entry.message));
}

/**
 * A problem, or an entry of its errors, said from its stable code and params (problem.<code> in the messages), or ''
 * when the pages do not know the code: then the server's English text is all there is. Params that name terms (a
 * state, an action, an expected type) are said in words.
 */
function codedText(problem) {
  const key = problem?.code ? `problem.${problem.code}` : '';
  if (!key || t(key) === key) {
    return '';
  }
  const params = { ...(problem.params ?? {}) };
  if (params.subject) {
    params.state = vocabularyName(`${params.subject}State`, params.state);
    params.action = vocabularyName(`${params.subject}Action`, params.action);
    params.subject = vocabularyName('problem.subject', params.subject);
  }
  if (params.expected) {
    params.expected = vocabularyName('problem.expected', params.expected);
  }
  return t(key, params);
}

/**
 * The verdict on where an inspection was made ({ code, params: { limit_m }, reason }), said from its code
 * (problem.location.*), else the server's reason.
 */
export function describeLocation(location) {
  const key = `problem.${location?.code}`;
  if (!location?.code || location.code === 'location.other' || t(key) === key) {
    return location?.reason ?? '—';
  }
  const limit = Number(location.params?.limit_m);
  return t(key, { limit: t('unit.metres', { value: new Intl.NumberFormat(locale()).format(limit) }) });
}
