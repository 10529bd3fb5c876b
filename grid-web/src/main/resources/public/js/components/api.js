// Fetch wrappers for the API. Every call carries the signed-in person's bearer token; a 401 means
// the token is missing, expired or no longer accepted, so the page goes to the login page. The
// public calls (signing in, the published draws) send no token and never leave the page. A failed
// request becomes an ApiError carrying the RFC 9457 problem's detail, so the page can say what the
// server said.

import { redirectToPasswordChange, redirectToSignIn, token } from './session.js';

const ACCEPT_GEOJSON = 'application/geo+json, application/json;q=0.9, application/problem+json;q=0.8';
const ACCEPT_JSON = 'application/json, application/problem+json;q=0.8';

export class ApiError extends Error {
  /**
   * @param {string} message the problem's detail (or title) when the server sent one
   * @param {number} status HTTP status, 0 when the server could not be reached
   * @param {object|null} problem the parsed problem+json body, if any
   */
  constructor(message, status, problem = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The problem's `errors` member: [{ pointer, message }] naming the fields that were wrong. */
  get fieldErrors() {
    const errors = this.problem?.errors;
    return Array.isArray(errors) ? errors.filter((error) => error && typeof error === 'object') : [];
  }
}

/**
 * Signs in: { access_token, token_type, expires_in, username, roles }. Wrong credentials or a
 * locked account are an ApiError whose message is the server's reason; no redirect here.
 */
export function signIn(username, password) {
  return send('login', { method: 'POST', body: { username, password }, authorized: false });
}

/**
 * The signed-in person: { id, name, username, role, phone, assignments }. leaveOnPasswordChange false: an account
 * that must first choose a new password gets the refusal thrown (isPasswordChangeDemand) instead of leaving.
 */
export function fetchMe({ leaveOnPasswordChange = true } = {}) {
  return send('api/me', { leaveOnPasswordChange });
}

/** Replaces the signed-in person's password (the one thing an account whose password was given to it may do). */
export function changePassword(currentPassword, newPassword) {
  return send('api/me/password', {
    method: 'PUT', body: { current_password: currentPassword, new_password: newPassword }, leaveOnPasswordChange: false,
  });
}

/** Whether an error is the server's demand that this account choose a new password first. */
export function isPasswordChangeDemand(error) {
  return error?.status === 403 && error.problem?.code === 'people.must_change_password';
}

/** Grids of one tier (1…3) or one level as a GeoJSON FeatureCollection, only those the caller may read. */
export function fetchGrids({ tier, level, simplify } = {}) {
  return send('api/grids', { params: { tier, level, simplify }, accept: ACCEPT_GEOJSON });
}

/** Coverage validation findings (gaps, slivers, overlaps…) as a GeoJSON FeatureCollection. */
export function fetchFindings() {
  return send('api/grids/validation', { accept: ACCEPT_GEOJSON });
}

/** Grids with no active supervisor on them or above them: [{ code, name, level, tier, parent }]. */
export function fetchUnstaffedGrids() {
  return send('api/grids/unstaffed');
}

/** The onboarding checklist (administrators): { steps: [{ number, key, state, page, found, waits_for?, next? }], complete }. */
export function fetchOnboarding() {
  return send('api/onboarding');
}

/** The people the caller may see, each with their assignments. */
export function fetchPeople() {
  return send('api/people');
}

/** { name, username, password, phone, role } → the new person. */
export function createPerson(person) {
  return send('api/people', { method: 'POST', body: person });
}

export function deactivatePerson(id) {
  return send(`api/people/${encodeURIComponent(id)}/deactivate`, { method: 'POST' });
}

/** Lets every client try the person's password again at once (administrators) → the person. */
/** A new initial password for the person, shown once: { id, username, password }; they replace it at sign-in. */
export function resetPassword(id) {
  return send(`api/people/${encodeURIComponent(id)}/password-reset`, { method: 'POST' });
}

// Personal API keys (#15)

/** The signed-in person's API keys, never the keys themselves: [{ id, label, prefix, writes, state, … }]. */
export function fetchMyApiKeys() {
  return send('api/me/api-keys');
}

/** Makes a key for the signed-in person → { key (this once), api_key }. body: { label, writes, expires_on }. */
export function createMyApiKey(body) {
  return send('api/me/api-keys', { method: 'POST', body });
}

export function revokeMyApiKey(id) {
  return send(`api/me/api-keys/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
}

/** A person's API keys (administrators). */
export function fetchApiKeysOf(personId) {
  return send(`api/people/${encodeURIComponent(personId)}/api-keys`);
}

/** Revokes one of a person's API keys (administrators). */
export function revokeApiKeyOf(personId, id) {
  return send(`api/people/${encodeURIComponent(personId)}/api-keys/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
}

/**
 * Imports a roster file (.xlsx, .xls or CSV, sent as it is): with dryRun only the report, else everything or nothing
 * → the report, with the new accounts' passwords sheet once (passwords_sheet: { filename, media_type, base64 }).
 */
export function importRoster(file, { dryRun }) {
  return send('api/people/import', {
    method: 'POST', raw: file, contentType: 'application/octet-stream', params: { dryRun },
  });
}

export function unlockPerson(id) {
  return send(`api/people/${encodeURIComponent(id)}/unlock`, { method: 'POST' });
}

/** { grid_code, duty, starts_on? } → the new assignment. */
export function assignPerson(id, assignment) {
  return send(`api/people/${encodeURIComponent(id)}/assignments`, { method: 'POST', body: assignment });
}

/** Ends an assignment on ends_on (today when omitted) → the assignment. */
export function releaseAssignment(id, endsOn) {
  const body = endsOn ? { ends_on: endsOn } : {};
  return send(`api/assignments/${encodeURIComponent(id)}/release`, { method: 'POST', body });
}

/** Supervised point sources the caller may read, as a GeoJSON FeatureCollection of points. */
export function fetchSources() {
  return send('api/sources', { accept: ACCEPT_GEOJSON });
}

/** River segments under the river-chief system (lines), each with its river, chief and grids. */
export function fetchRivers() {
  return send('api/rivers', { accept: ACCEPT_GEOJSON });
}

/** Drinking-water source protection zones (polygons) with their level. */
export function fetchZones() {
  return send('api/zones', { accept: ACCEPT_GEOJSON });
}

/**
 * The inspection rules of a district (its code; none: the city): a frequency per rating, for key
 * dischargers and for patrols, and two switches.
 */
export function fetchRules(district) {
  return send('api/rules', { params: { district } });
}

/** Replaces the inspection rules of a district or the city (administrators) → the rules as saved. */
export function saveRules(rules, district) {
  return send('api/rules', { method: 'PUT', body: rules, params: { district } });
}

/**
 * Every rule item of a district (none: the city) in force: { district, items: [{ item, value,
 * source: default | city | district, own }] }.
 */
export function fetchRuleSettings(district) {
  return send('api/rule-settings', { params: { district } });
}

/** Sets one rule item of a district or the city (administrators) → the item in force. */
export function saveRuleSetting(item, value, district) {
  return send(`api/rule-settings/${encodeURIComponent(item)}`, { method: 'PUT', body: value, params: { district } });
}

/** Removes what a district (or the city) set for an item, which inherits again → the item in force. */
export function resetRuleSetting(item, district) {
  return send(`api/rule-settings/${encodeURIComponent(item)}`, { method: 'DELETE', params: { district } });
}

/**
 * The holiday schedules of a district (none: the city) by year, with where each comes from, and the
 * years missing ahead of today.
 */
export function fetchCalendars(district) {
  return send('api/calendars', { params: { district } });
}

/** Stores a year's schedule (administrators): ISO dates and ranges `a..b` → the year as stored. */
export function saveCalendar(year, schedule, district) {
  return send(`api/calendars/${encodeURIComponent(year)}`, { method: 'PUT', body: schedule, params: { district } });
}

/** Removes the year a district (or the city) stored, which counts with the inherited one again. */
export function removeCalendar(year, district) {
  return send(`api/calendars/${encodeURIComponent(year)}`, { method: 'DELETE', params: { district } });
}

/**
 * Duties of a period (`2026-11` or `2026-Q4`) in the caller's grids; mine: only the signed-in
 * supervisor's; grid, status, category (target kind), from, to and overdue narrow them further.
 */
export function fetchDuties({ period, mine, ...filters } = {}) {
  return send('api/duties', { params: { ...filters, period, mine: mine ? 'true' : undefined } });
}

/** Turns the rules into the duties of a period (administrators; idempotent) → { planned, created, reassigned, unassigned }. */
export function generateDuties(period) {
  return send('api/duties/generate', { method: 'POST', params: { period } });
}

/** Seals a new 双随机 draw (administrators): its seed and candidate hash are fixed before it runs. */
export function createDraw(draw) {
  return send('api/draws', { method: 'POST', body: draw });
}

/** Runs a sealed draw → the draw with its objects and their inspectors. */
export function runDraw(id) {
  return send(`api/draws/${encodeURIComponent(id)}/run`, { method: 'POST' });
}

export function fetchDraws() {
  return send('api/draws');
}

export function fetchDraw(id) {
  return send(`api/draws/${encodeURIComponent(id)}`);
}

/** The district's day for the pages, for anyone: { today, zone, now }. */
export function fetchToday() {
  return send('api/today', { authorized: false });
}

/** The server's names of its vocabularies, for anyone: { complaint_category: [{ key, labels }], … }. */
export function fetchVocabulary() {
  return send('api/vocabulary', { authorized: false });
}

/** The published draws, for anyone: no token is sent and a refusal never leads to the login page. */
export function fetchPublicDraws() {
  return send('api/public/draws', { authorized: false });
}

/** One published draw: seed, candidate hash and codes, the algorithm, the drawn objects (no inspectors). */
export function fetchPublicDraw(id) {
  return send(`api/public/draws/${encodeURIComponent(id)}`, { authorized: false });
}

/**
 * The checklist suited to a target: kind source (with sourceKind, and the source's code for the items of what it
 * also is — a generator of hazardous waste, a radiation holder), grid_patrol or river_patrol → [{ key, zh, en }].
 */
export function fetchChecklist({ kind, sourceKind, source } = {}) {
  return send('api/checklists', { params: { kind, source_kind: sourceKind, source } });
}

/** One supervised source as a GeoJSON FeatureCollection of that one feature (its properties give its kind). */
export function fetchSource(code) {
  return send(`api/sources/${encodeURIComponent(code)}`, { accept: ACCEPT_GEOJSON });
}

// The directory from the bureau's own files (directory-import.html): a spreadsheet of sources — Excel .xlsx/.xls or
// CSV, sent as its bytes with the sheet and the coordinates' system —, rivers and protection zones from boundary files.

/** The media type a spreadsheet file is sent under: the server tells the format from the bytes anyway. */
function spreadsheetType(file) {
  return /\.csv$/i.test(file.name) ? 'text/csv' : 'application/octet-stream';
}

/** What a spreadsheet holds: { format, sheets, sheet, charset, header_row, columns, rows }. */
export function inspectDirectoryFile(file, { sheet } = {}) {
  return send('api/sources/import/inspect', {
    method: 'POST', raw: file, contentType: spreadsheetType(file), params: { sheet },
  });
}

/**
 * Imports sources from a spreadsheet: { sheet, crs, dryRun, skipBad } → the report { dry_run, written, format,
 * sheet, crs, rows, good, bad, added, updated, problems: [{ line, cell, column, message }] }. Bad rows without
 * skipBad are an ApiError (422) whose problem carries the same report.
 */
export function importDirectory(file, { sheet, crs, dryRun = false, skipBad = false } = {}) {
  return send('api/sources/import', {
    method: 'POST', raw: file, contentType: spreadsheetType(file), params: { sheet, crs, dryRun, skipBad },
  });
}

/** The rows an import of the file would refuse, as an .xlsx with a 原因 column → { blob, filename }. */
export async function fetchRejectedRows(file, { sheet, crs } = {}) {
  const response = await request('api/sources/import/rejected-rows', {
    method: 'POST', raw: file, contentType: spreadsheetType(file), params: { sheet, crs }, accept: '*/*',
  });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  return { blob: await response.blob(), filename: named ? decodeURIComponent(named[1]) : 'rejected-rows.xlsx' };
}

/** Uploads river segments or protection zones (kind rivers or zones) from GeoJSON, GeoPackage or zipped Shapefile. */
export function importBoundaryFile(kind, file, { crs, layer } = {}) {
  return send(`api/${kind === 'zones' ? 'zones' : 'rivers'}/import`, {
    method: 'POST', raw: file, contentType: boundaryFileType(file), params: { crs, layer },
  });
}

/**
 * Uploads a photo's bytes to the address of their SHA-256 (lower-case hex) → { sha256, media_type,
 * size_bytes, exif_time?, exif_lon?, exif_lat? }. Sending the same photo again is harmless.
 * signInOn401 false: a 401 is thrown like any refusal instead of leaving for the login page.
 * publicly: a citizen's photo for a complaint, sent without a token.
 */
export function uploadPhoto(sha256, blob, mediaType, { signInOn401 = true, publicly = false } = {}) {
  return send(`api/${publicly ? 'public/' : ''}photos/${encodeURIComponent(sha256)}`, {
    method: 'PUT', raw: blob, contentType: photoType(mediaType), signInOn401, authorized: !publicly,
  });
}

/** A stored photo's bytes, as a Blob, for those who may see the record or complaint it belongs to. */
export function fetchPhoto(sha256) {
  return send(`api/photos/${encodeURIComponent(sha256)}`, { accept: 'image/*', as: 'blob' });
}

/** The server takes the image types it knows by name, and anything else as bytes it recognises itself. */
function photoType(type) {
  return ['image/jpeg', 'image/png', 'image/heic', 'image/heif'].includes(type) ? type : 'application/octet-stream';
}

/**
 * Stores an inspection record under the UUID its client made → the stored record, with its location
 * verdict and the cases its findings opened. The same record sent again gets the same answer.
 */
export function putInspection(id, record, { signInOn401 = true } = {}) {
  return send(`api/inspections/${encodeURIComponent(id)}`, { method: 'PUT', body: record, signInOn401 });
}

/**
 * The signed-in person's own records of the last `days` days (14 when omitted), newest first, each as { inspection,
 * verdict: plausible | flagged | accepted | rejected, review_reason, reviewed_at, corrected_by }.
 */
export function fetchOwnRecords({ days } = {}) {
  return send('api/inspections/mine', { params: { days } });
}

export function fetchInspection(id) {
  return send(`api/inspections/${encodeURIComponent(id)}`);
}

/** Problem cases in the caller's grids, by deadline; state, grid, category, from, to, overdue and escalated narrow them. */
export function fetchCases({ escalated, ...filters } = {}) {
  return send('api/cases', { params: { ...filters, escalated: escalated ? 'true' : undefined } });
}

/** One case with its history. */
export function fetchCase(id) {
  return send(`api/cases/${encodeURIComponent(id)}`);
}

/** Takes a workflow action on a case: { action, assignee_id?, reason? } → the case as it is now. */
export function actOnCase(id, action) {
  return send(`api/cases/${encodeURIComponent(id)}/actions`, { method: 'POST', body: action });
}

/**
 * Files a complaint from the public form, without a token: { submission_key, category, description,
 * lon, lat, address?, name?, contact? } → the receipt { id, state, grid_name, accept_by, close_by,
 * status_url, rating_url }.
 */
export function submitComplaint(complaint) {
  return send('api/public/complaints', { method: 'POST', body: complaint, authorized: false });
}

/**
 * A complaint as the public sees it: category, grid, state and dates, the location coarsened to the grid, the reply
 * staff published (`reply`, `replied_at`) and its `steps` [{ step, at }].
 */
export function fetchPublicComplaint(id) {
  return send(`api/public/complaints/${encodeURIComponent(id)}`, { authorized: false });
}

/** The basemap all maps draw, without a token: { url, attribution, max_zoom, max_native_zoom, subdomains }, {} for none. */
export function fetchBasemap() {
  return send('api/public/basemap', { authorized: false });
}

/** The district's first-level grids (code, name, level) and its extent as `bbox`, without a token: GeoJSON. */
export function fetchDistrictOutline() {
  return send('api/public/district', { authorized: false, accept: ACCEPT_GEOJSON });
}

/** Rates the outcome through the complainant's link: 满意 / 基本满意 / 不满意 → the public view. */
export function rateComplaint(ratingToken, satisfaction) {
  return send(`api/public/ratings/${encodeURIComponent(ratingToken)}`, {
    method: 'POST', body: { satisfaction }, authorized: false,
  });
}

/**
 * The complaints the signed-in person handles or may see, each with the actions open to them; filtered by
 * { state, category, grid, from, to, overdue } (each optional, as the query parameters of GET /api/complaints).
 */
export function fetchComplaints(filters = {}) {
  return send('api/complaints', { params: filters });
}

/** A complaint entered by staff from a hotline, a letter or a visit: { channel, category, … } → its receipt. */
export function enterComplaint(complaint) {
  return send('api/complaints', { method: 'POST', body: complaint });
}

/** The grids a complaint may be transferred to: [{ code, name, tier }] (chiefs and administrators). */
export function fetchTransferGrids() {
  return send('api/complaints/transfer-grids');
}

/**
 * A command of the district desk on a complaint — transfer, send-back, duplicate or decline — with its body
 * ({ grid, reason }, { reason }, { duplicate_of, reason }) → the complaint as it is now.
 */
export function deskCommand(id, route, body) {
  return send(`api/complaints/${encodeURIComponent(id)}/${route}`, { method: 'POST', body });
}

/** Takes an action on a complaint: { action, text?, public_reply? } → the complaint as it is now. */
export function actOnComplaint(id, action) {
  return send(`api/complaints/${encodeURIComponent(id)}/actions`, { method: 'POST', body: action });
}

/**
 * Coverage of a period (`2026-11`, `2026-Q3` or `2026-10-01/2026-10-15`) for the grids of one level (first,
 * second, third, district) that the caller may read, as a GeoJSON FeatureCollection whose properties are the figures.
 */
export function fetchCoverage({ period, level }) {
  return send('api/coverage', { params: { period, level }, accept: ACCEPT_GEOJSON });
}

/** The same figures as rows without geometry: [{ code, name, level, parent, staffed, duties_due, … }]. */
export function fetchCoverageRows({ period, level }) {
  return send('api/coverage/rows', { params: { period, level } });
}

/** One grid's figures over the `count` periods ending with `period`, oldest first: [{ period, …figures }]. */
export function fetchCoverageTrend({ grid, period, count }) {
  return send('api/coverage/trend', { params: { grid, period, count } });
}

/** Problems and complaints of a period as GeoJSON points: { kind, id, grid_code, state, overdue, label, opened }. */
export function fetchCoveragePoints({ period }) {
  return send('api/coverage/points', { params: { period }, accept: ACCEPT_GEOJSON });
}

/**
 * The quarterly review of a district (the caller's own or the only one when not given) computed now for a quarter
 * (`2026-Q3`), with the given weights or the district's: { district, districtName, quarter, published, publishedAt,
 * weights, ranking: [{ rank, code, name, level, score, components, lastRank, rankChange }] }.
 */
export function fetchReview({ quarter, district, weights }) {
  return send('api/review', { params: { quarter, district, ...weights } });
}

/**
 * The city's view of a quarter: { city, cityName, quarter, total, districts: [{ district: ranked line, weights,
 * published }], ranking: [{ district, districtName, grid: ranked line }] }.
 */
export function fetchCityReview(quarter) {
  return send('api/review/city', { params: { quarter } });
}

/** Publishes a district's review of the quarter as a frozen snapshot (its administrators) → the published review. */
export function publishReview({ quarter, district, weights }) {
  return send('api/reviews', { method: 'POST', params: { quarter, district, ...weights } });
}

/** The quarters whose review of the district has been published, newest first. */
export function fetchPublishedQuarters(district) {
  return send('api/reviews', { params: { district } });
}

export function fetchPublishedReview(quarter, district) {
  return send(`api/reviews/${encodeURIComponent(quarter)}`, { params: { district } });
}

/**
 * A file the API makes for download (an Excel or CSV export), fetched with the signed-in person's token, which a
 * plain link could not send → { blob, filename } with the name the server gave, else `fallbackName`.
 */
export async function fetchFile(path, { params, fallbackName }) {
  const response = await request(path, { params, accept: '*/*' });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), filename: named ? decodeURIComponent(named[1]) : fallbackName };
}

// Evidence beside the work (cases, complaints, flagged inspections, grids and sources on the map)

/** What a case came from: { case_id, origin: { kind, id, at, … }, photos: [sha256], places: FeatureCollection }. */
export function fetchCaseEvidence(id) {
  return send(`api/cases/${encodeURIComponent(id)}/evidence`);
}

/** Flagged inspections the caller reviews, state pending or reviewed: [{ inspection, grid_name, target_name, inspector_name, review, places }]. */
export function fetchFlaggedInspections(state = 'pending') {
  return send('api/inspections/flagged', { params: { state } });
}

/** Decides where a flagged inspection was made: accept or not, with the reason → the record. */
export function reviewInspection(id, accept, reason) {
  return send(`api/inspections/${encodeURIComponent(id)}/review`, { method: 'POST', body: { accept, reason } });
}

/** One grid as a GeoJSON Feature. */
export function fetchGrid(code) {
  return send(`api/grids/${encodeURIComponent(code)}`, { accept: ACCEPT_GEOJSON });
}

/** The people answering for a grid today: [{ person_id, name, post, grid_code, grid_name, own, phone? }]. */
export function fetchGridStaff(code) {
  return send(`api/grids/${encodeURIComponent(code)}/staff`);
}

/**
 * What the platform raised about an enterprise, newest first: [{ id, source_code, kind, category, subject, detail,
 * raised_on, raised_at, case_id }].
 */
export function fetchEnterpriseAlerts(code) {
  return send(`api/enterprises/${encodeURIComponent(code)}/alerts`);
}

// Environmental credit grading (环保信用评价, #17)

/**
 * An enterprise's credit grade of a year (this year without one): { code, name, year, published, published_at,
 * proposal: { score, grade, grade_name, indicators: [{ indicator, name, favourable, count, weight, points, evidence:
 * [{ kind, id, on, note }] }] }, reviewed_grade, review_reason, reviewed_by, published_grade, appeals, history,
 * may_review, may_appeal }.
 */
export function fetchEnterpriseGrade(code, year) {
  return send(`api/enterprises/${encodeURIComponent(code)}/grade`, { params: { year } });
}

/** An administrator sets another grade than proposed, with the reason → the grade card. */
export function reviewEnterpriseGrade(code, year, grade, reason) {
  return send(`api/enterprises/${encodeURIComponent(code)}/grade/${encodeURIComponent(year)}/review`,
    { method: 'PUT', body: { grade, reason } });
}

/** Records the enterprise's objection to its published grade: who objected and what they said → the grade card. */
export function appealEnterpriseGrade(code, year, filedFor, text) {
  return send(`api/enterprises/${encodeURIComponent(code)}/grade/${encodeURIComponent(year)}/appeals`,
    { method: 'POST', body: { filed_for: filedFor, text } });
}

/** Decides an appeal: upheld (with the grade it gives) or rejected, with the reason → the grade card. */
export function decideGradeAppeal(code, year, id, decision, grade, reason) {
  return send(`api/enterprises/${encodeURIComponent(code)}/grade/${encodeURIComponent(year)}/appeals/`
    + `${encodeURIComponent(id)}/decision`, { method: 'POST', body: { decision, grade, reason } });
}

/** A district's grades of a year: { district, year, published, published_at, enterprises: [{ code, name, grid_code, score, proposed_grade, reviewed_grade, review_reason, published_grade }] }. */
export function fetchGrading(year, { district, grade } = {}) {
  return send(`api/grading/${encodeURIComponent(year)}`, { params: { district, grade } });
}

/** Publishes the district's grades of the year (once) → the list as published. */
export function publishGrading(year, district) {
  return send(`api/grading/${encodeURIComponent(year)}/publish`, { method: 'POST', params: { district } });
}

/** The green and red enterprises of a year's published lists, for anyone: [{ district, code, name, grade, grade_name }]. */
export function fetchPublicGrading(year) {
  return send(`api/public/grading/${encodeURIComponent(year)}`, { authorized: false });
}

/**
 * An enterprise's remediation plans (一厂一策), newest period first: [{ id, title, period, progress: { measures,
 * verified, overdue, share }, measures: [{ id, action, deadline, responsible_name, responsible_phone, state, overdue,
 * escalation, duty_id, verified_by, actions }] }].
 */
export function fetchEnterprisePlans(code) {
  return send(`api/enterprises/${encodeURIComponent(code)}/plans`);
}

/** Makes a plan { title, period, measures: [{ action, deadline, responsible_name, responsible_phone }] }. */
export function createEnterprisePlan(code, plan) {
  return send(`api/enterprises/${encodeURIComponent(code)}/plans`, { method: 'POST', body: plan });
}

/** Adds a measure to a plan → the plan as it is now. */
export function addPlanMeasure(code, planId, measure) {
  return send(`api/enterprises/${encodeURIComponent(code)}/plans/${encodeURIComponent(planId)}/measures`,
    { method: 'POST', body: measure });
}

/** A step on a measure: { action: report | verify | cancel, inspection_id?, reason? } → the plan as it is now. */
export function actOnPlanMeasure(code, planId, measureId, step) {
  return send(`api/enterprises/${encodeURIComponent(code)}/plans/${encodeURIComponent(planId)}/measures/`
    + `${encodeURIComponent(measureId)}/actions`, { method: 'POST', body: step });
}

// hazardous waste (waste, #17)

/** An enterprise's hazardous-waste tab for a year: { generator, figures, plan, generations, manifests, stored, … }. */
export function fetchWaste(code, year) {
  return send(`api/enterprises/${encodeURIComponent(code)}/waste`, { params: { year } });
}

/** Replaces the year's management plan: items [{ waste_code, tonnes }] → the tab. */
export function saveWastePlan(code, year, items) {
  return send(`api/enterprises/${encodeURIComponent(code)}/waste/plans/${encodeURIComponent(year)}`,
    { method: 'PUT', body: { items } });
}

/** Records a day's generation { waste_code, generated_on, tonnes } → the tab. */
export function recordWasteGeneration(code, generation) {
  return send(`api/enterprises/${encodeURIComponent(code)}/waste/generations`, { method: 'POST', body: generation });
}

/** Records a transfer manifest { number, waste_code, transferred_on, tonnes, receiver_name, licence_… } → the tab. */
export function recordWasteManifest(code, manifest) {
  return send(`api/enterprises/${encodeURIComponent(code)}/waste/manifests`, { method: 'POST', body: manifest });
}

/** The year's manifests of an enterprise as .xlsx (a Blob). */
export function fetchWasteManifestsXlsx(code, year) {
  return send(`api/enterprises/${encodeURIComponent(code)}/waste/manifests.xlsx`,
    { params: { year }, accept: '*/*', as: 'blob' });
}

/** The National Hazardous Waste List: [{ category, code (null for a category), name }]. */
export function fetchWasteList() {
  return send('api/waste/list');
}

/**
 * Imports manifests from .xlsx/.xls/CSV → the report { dry_run, written, rows, good, bad, added, unchanged,
 * problems: [{ line, cell, column, message, message_zh }] }; bad rows are an ApiError (422) carrying the report.
 */
export function importWasteManifests(file, { dryRun = false } = {}) {
  return send('api/waste/manifests/import', {
    method: 'POST', raw: file, contentType: spreadsheetType(file), params: { dryRun },
  });
}

/** A source's recent inspections, duties and cases: { code, name, grid_code, grid_name, inspections, duties, cases }. */
export function fetchSourceHistory(code) {
  return send(`api/sources/${encodeURIComponent(code)}/history`);
}

/** The notification outbox, newest first, in one state (pending, sent, failed, held) or all (administrators). */
export function fetchNotifications({ state } = {}) {
  return send('api/notifications', { params: { state } });
}

/** Sends a failed or held notification back to the queue, to go out with the next delivery run. */
export function retryNotification(id) {
  return send(`api/notifications/${encodeURIComponent(id)}/retry`, { method: 'POST' });
}

// Grid boundary files (administrators)

/**
 * What a boundary file holds, before importing it: { format, layers, layer, crs: { epsg, name, source }, features,
 * geometry_types, keys: [{ key, samples }], bbox, suggested: { code, name, parent, level } }. params: { layer, crs }.
 */
export function inspectGridFile(file, params = {}, { onProgress } = {}) {
  return upload('api/grids/import/inspect', file, { params, onProgress });
}

/**
 * Imports a boundary file (GeoJSON, GeoPackage or zipped Shapefile) with the mapping and options in params, or on
 * dryRun only reports what it would do → the import's outcome (grids added, changed, unchanged, removed; findings).
 * A rejected layer is an ApiError (422) whose problem carries the same report.
 */
export function importGridFile(file, params, { onProgress } = {}) {
  return upload('api/grids/import', file, { params, onProgress });
}

/**
 * The media type a boundary file is sent as, by its name: browsers disagree on these (a .gpkg has none, a .zip is
 * application/x-zip-compressed on Windows), and the server reads the bytes of any of them sent as octet-stream.
 */
function boundaryFileType(file) {
  const extension = /\.([a-z]+)$/i.exec(file.name ?? '')?.[1]?.toLowerCase();
  return {
    geojson: 'application/geo+json',
    json: 'application/geo+json',
    gpkg: 'application/geopackage+sqlite3',
    zip: 'application/zip',
  }[extension] ?? 'application/octet-stream';
}

/**
 * Sends a file's bytes with XMLHttpRequest, which (unlike fetch) reports the upload's progress:
 * onProgress({ loaded, total }) while the bytes go, then onProgress({ loaded: total, total, sent: true }) while the
 * server works on them. The answer and its errors are those of any other request.
 */
function upload(path, file, { params = {}, onProgress = () => {} }) {
  const url = urlOf(path, params);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'blob';
    xhr.setRequestHeader('Accept', ACCEPT_JSON);
    xhr.setRequestHeader('Content-Type', boundaryFileType(file));
    const bearer = token();
    if (bearer) {
      xhr.setRequestHeader('Authorization', `Bearer ${bearer}`);
    }
    xhr.upload.addEventListener('progress', (event) => onProgress({ loaded: event.loaded, total: event.total }));
    xhr.upload.addEventListener('load', () => onProgress({ loaded: file.size, total: file.size, sent: true }));
    xhr.addEventListener('error', () => reject(new ApiError('', 0, null)));
    xhr.addEventListener('load', () => {
      // As a fetch Response, so that the answer is read, and a refusal told, as everywhere else.
      const response = new Response(xhr.status === 204 ? null : xhr.response, {
        status: xhr.status,
        headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? '' },
      });
      answerOf(response).then(resolve, reject);
    });
    xhr.send(file);
  });
}

/** The answer's body as JSON, or as a Blob with `as: 'blob'`; null for 204. */
async function send(path, { as = 'json', ...options } = {}) {
  return answerOf(await request(path, options), as);
}

/** The body of an answer that succeeded, as JSON or a Blob; null for 204. */
async function answerOf(response, as = 'json') {
  if (!response.ok) {
    throw await refusalOf(response, { authorized: true, signInOn401: true });
  }
  if (response.status === 204) {
    return null;
  }
  try {
    return await (as === 'blob' ? response.blob() : response.json());
  } catch {
    throw new ApiError('', response.status, null);
  }
}

/** The answer of a request that succeeded (2xx); anything else is thrown as an ApiError. */
async function request(path, {
  method = 'GET', params = {}, body, raw, contentType, accept = ACCEPT_JSON, authorized = true, signInOn401 = true,
  leaveOnPasswordChange = true,
} = {}) {
  const url = urlOf(path, params);

  const headers = { Accept: accept };
  if (raw !== undefined) {
    headers['Content-Type'] = contentType;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const bearer = authorized ? token() : null;
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }

  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      // Raw bytes (a photo) go as they are; anything else as JSON.
      body: raw !== undefined ? raw : body === undefined ? undefined : JSON.stringify(body),
      // The token travels in the header only; no cookies are needed or sent.
      credentials: 'same-origin',
    });
  } catch {
    // fetch rejects only when no answer came at all (server down, network gone).
    throw new ApiError('', 0, null);
  }
  if (!response.ok) {
    throw await refusalOf(response, { authorized, signInOn401, leaveOnPasswordChange });
  }
  return response;
}

/** The address of an API path with its query; relative to the page, so the UI also works under a context path. */
function urlOf(path, params) {
  const url = new URL(path, document.baseURI);
  Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null)
    .forEach(([name, value]) => url.searchParams.set(name, String(value)));
  return url;
}

/**
 * A refusal as an ApiError; a 401 on a request that sent the token goes to the login page, the demand to choose a
 * new password first (unless leaveOnPasswordChange is false) to the page that does it.
 */
async function refusalOf(response, { authorized, signInOn401, leaveOnPasswordChange = true }) {
  const error = await errorFrom(response);
  if (response.status === 401 && authorized && signInOn401) {
    redirectToSignIn();
  } else if (authorized && leaveOnPasswordChange && isPasswordChangeDemand(error)) {
    redirectToPasswordChange();
  }
  return error;
}

async function errorFrom(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = await response.json();
      const message = problem.detail || problem.title || problem.message || '';
      return new ApiError(String(message), response.status, problem);
    } catch {
      // A body that is not JSON after all: report the status alone.
    }
  }
  return new ApiError('', response.status, null);
}

// Radiation (#17): a holder's licence, sealed sources and ray devices, on the enterprise card

/**
 * An enterprise's radiation records: { holder_code, licence: { number, source_classes, device_classes, issued_on,
 * expires_on, days_to_expiry, standing } | null, sources: [...], devices: [...], class_frequency: { everyMonths } | null }.
 */
export function fetchRadiation(code) {
  return send(`api/enterprises/${encodeURIComponent(code)}/radiation`);
}

/** Records the enterprise's licence (administrators) → the licence as shown. */
export function saveRadiationLicence(code, licence) {
  return send(`api/enterprises/${encodeURIComponent(code)}/radiation/licence`, { method: 'PUT', body: licence });
}

/** Records or updates a sealed source ('sources') or ray device ('devices') by its code or serial number. */
export function saveRadiationHolding(code, what, serial, holding) {
  return send(`api/enterprises/${encodeURIComponent(code)}/radiation/${what}/${encodeURIComponent(serial)}`,
    { method: 'PUT', body: holding });
}

// Siting checks (#18): a project's site against the protection zones, kept as a report

/** Checks a site file (GeoJSON, GeoPackage or zipped Shapefile) for { project, applicant, dryRun } → the report. */
export function checkSite(file, params) {
  return upload('api/siting-checks', file, { params });
}

/** The siting checks of a year the caller may read, newest first. */
export function fetchSitingChecks(year) {
  return send('api/siting-checks', { params: { year } });
}

export function fetchSitingCheck(id) {
  return send(`api/siting-checks/${encodeURIComponent(id)}`);
}

// Environmental emergencies (突发环境事件, #18)

/** The emergencies of a year, state open or closed (or both) → [emergency]. */
export function fetchEmergencies({ year, state } = {}) {
  return send('api/emergencies', { params: { year, state: state || undefined } });
}

/** One emergency with what is near it (zones, rivers downstream, sources, grids and who is on duty). */
export function fetchEmergency(id) {
  return send(`api/emergencies/${encodeURIComponent(id)}`);
}

/** Reports an emergency under the id the page made, so that sending it again stores it once. */
export function reportEmergency(report) {
  return send('api/emergencies', { method: 'POST', body: report });
}

export function addEmergencyAction(id, action) {
  return send(`api/emergencies/${encodeURIComponent(id)}/actions`, { method: 'POST', body: action });
}

export function closeEmergency(id, closure) {
  return send(`api/emergencies/${encodeURIComponent(id)}/closure`, { method: 'POST', body: closure });
}

/** The period's emergencies in the caller's grids as map markers → [{id, level, lon, lat, open, …}]. */
export function fetchEmergencyPoints({ period }) {
  return send('api/emergencies/points', { params: { period } });
}

/** The emergency team roster (应急队伍) of the caller's districts → [member with duties]. */
export function fetchEmergencyTeam() {
  return send('api/emergency-team');
}

/** Writes a member under the id the page made, with their on-duty date ranges. */
export function saveEmergencyTeamMember(id, member) {
  return send(`api/emergency-team/${encodeURIComponent(id)}`, { method: 'PUT', body: member });
}

export function deleteEmergencyTeamMember(id) {
  return send(`api/emergency-team/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

// Pilots and eco-creation (#18)

/** The pilots in the caller's grids with where each stands on its targets. */
export function fetchPilots() {
  return send('api/pilots');
}

/** The eco-civilisation creations in the caller's grids, each at its stage. */
export function fetchCreations() {
  return send('api/creations');
}

// Publicity and volunteers (宣传教育, #18)

/** The events of a period in a grid and below it (or in every grid one reads) → { period, events, totals }. */
export function fetchPublicityEvents({ grid, period } = {}) {
  return send('api/publicity/events', { params: { grid: grid || undefined, period: period || undefined } });
}

/** Records an event under the id the page made, so that sending it again stores it once. */
export function addPublicityEvent(event) {
  return send('api/publicity/events', { method: 'POST', body: event });
}

export function deletePublicityEvent(id) {
  return send(`api/publicity/events/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The volunteers of a grid and below it (or of every grid one reads). */
export function fetchVolunteers(grid) {
  return send('api/volunteers', { params: { grid: grid || undefined } });
}

export function registerVolunteer(volunteer) {
  return send('api/volunteers', { method: 'POST', body: volunteer });
}

export function changeVolunteer(id, volunteer) {
  return send(`api/volunteers/${encodeURIComponent(id)}`, { method: 'PUT', body: volunteer });
}

// Supervision orders (督办单, #18)

/** The orders the caller may read, filtered by state, overdue, campaign, year → [order], the latest issued first. */
export function fetchSupervisionOrders(filters = {}) {
  return send('api/supervision-orders', { params: filters });
}

/** One order with its findings, timeline and the actions the caller may take now. */
export function fetchSupervisionOrder(id) {
  return send(`api/supervision-orders/${encodeURIComponent(id)}`);
}

/** Takes a step of an order's workflow: { action, reason? } → the order as it is now. */
export function actOnSupervisionOrder(id, action) {
  return send(`api/supervision-orders/${encodeURIComponent(id)}/actions`, { method: 'POST', body: action });
}

/** Issues an order under the id the page made, so that sending it again issues it once. */
export function issueSupervisionOrder(order) {
  return send('api/supervision-orders', { method: 'POST', body: order });
}

/** The campaigns the caller may issue orders from, each with its count of findings in no order yet. */
export function fetchOrderCampaigns() {
  return send('api/supervision-orders/campaigns');
}

/** A campaign's findings in no order yet. */
export function fetchOrderCandidates(campaign) {
  return send('api/supervision-orders/candidates', { params: { campaign } });
}
// Joint inspections (部门联合督查, #18)

/** The departments of joint inspections, retired ones last: [{ code, name, retired, retired_at }]. */
export function fetchDepartments() {
  return send('api/departments');
}

/** The campaigns one sees, of a year and a state (open, closed): [{ id, title, theme, grid, grid_name, … }]. */
export function fetchJointCampaigns({ year, state } = {}) {
  return send('api/joint-campaigns', { params: { year: year || undefined, state: state || undefined } });
}

/** One campaign with its team, targets, findings and by_department counts, and may_manage / may_record. */
export function fetchJointCampaign(id) {
  return send(`api/joint-campaigns/${encodeURIComponent(id)}`);
}

/** Sets up a campaign under the id the page made, so that sending it again stores it once. */
export function createJointCampaign(campaign) {
  return send('api/joint-campaigns', { method: 'POST', body: campaign });
}

/** Adds targets { by: grid | filter | draw, grids, as, filter, draw_id, draw } → the campaign. */
export function chooseJointTargets(id, choice) {
  return send(`api/joint-campaigns/${encodeURIComponent(id)}/targets`, { method: 'POST', body: choice });
}

/** Records a finding under the id the page made → the finding. */
export function recordJointFinding(id, finding) {
  return send(`api/joint-campaigns/${encodeURIComponent(id)}/findings`, { method: 'POST', body: finding });
}

export function closeJointCampaign(id) {
  return send(`api/joint-campaigns/${encodeURIComponent(id)}/close`, { method: 'POST' });
}

// accountability (#18)

/** The accountability records (问责) the caller may read, of a quarter (2026-Q3) and state when given. */
export function fetchAccountability({ quarter, state } = {}) {
  const params = {};
  if (quarter) {
    params.quarter = quarter;
  }
  if (state) {
    params.state = state;
  }
  return send('api/accountability', { params });
}

/** Proposes now what overdue orders and the published reviews call for; each ground once. */
export function proposeAccountability() {
  return send('api/accountability/proposals', { method: 'POST' });
}

/** An administrator's decision on a proposed record: { decision: confirm|dismiss, measure?, reason }. */
export function decideAccountability(id, decision) {
  return send(`api/accountability/${encodeURIComponent(id)}/decision`, { method: 'POST', body: decision });
}

