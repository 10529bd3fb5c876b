// The district's date and time for every page: what GET /api/today says — the district's time zone and the
// server's clock —, never the browser's zone or clock alone. "This month", "today", a duty's window and the time a
// record is made then follow the district, also when the phone is set to another zone or the wrong time, and a test
// that pins the server's clock pins what the pages show. Loaded once, before any module that imports this runs.

import { fetchToday } from './api.js';

const STORAGE_KEY = 'envgrid.districtTime';

const district = await load();

async function load() {
  try {
    const body = await fetchToday();
    const found = { zone: body.zone, skewMs: Date.parse(body.now) - Date.now() };
    keep(found);
    return found;
  } catch (error) {
    // Offline (the field page works from its outbox): the zone and the clock's offset as last heard, else the
    // device's own — so that "this month" offline is the month the server last said.
    console.warn("The district's date is not available; using this device's clock", error);
    return kept() ?? { zone: undefined, skewMs: 0 };
  }
}

function keep(found) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(found));
  } catch {
    // Storage blocked: offline, the device's own clock then.
  }
}

function kept() {
  try {
    const found = JSON.parse(window.localStorage.getItem(STORAGE_KEY));
    return found && Number.isFinite(found.skewMs) ? found : null;
  } catch {
    return null;
  }
}

/** The district's time zone (Asia/Shanghai), or undefined when the server could not be asked. */
export function districtZone() {
  return district.zone;
}

/** The current moment: the device's clock corrected by how far it was from the server's. */
export function districtNow() {
  return new Date(Date.now() + district.skewMs);
}

/** The district's date now, ISO (2026-12-07). */
export function districtToday() {
  return isoDate(districtNow());
}

/** The district's date at a moment, ISO. */
export function isoDate(moment) {
  const parts = fields(moment);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A moment as the district's wall-clock time with its offset: 2026-11-30T10:15:00+08:00. */
export function districtTimestamp(moment) {
  const parts = fields(moment);
  const hour = parts.hour === '24' ? '00' : parts.hour;
  const offset = /GMT([+-]\d{2}):?(\d{2})?/.exec(parts.timeZoneName ?? '');
  const zone = offset ? `${offset[1]}:${offset[2] ?? '00'}` : '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${hour}:${parts.minute}:${parts.second}${zone}`;
}

function fields(moment) {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: district.zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  return Object.fromEntries(format.formatToParts(moment).map((part) => [part.type, part.value]));
}
