// What the field page's modules share: the page's state, its elements, its status line, and the few
// changes one part tells the others about (events below), so that each part is a module of its own
// without the parts importing each other in a circle.

import { startPage } from '../../components/page.js';
import { periodInWords, thisMonth } from '../../components/period.js';

export const state = {
  me: null,
  period: thisMonth(),
  duties: null, // as sent by GET /api/duties, null until loaded
  dutiesLoadedAt: null, // ISO: when the list shown was loaded from the server
  dutiesKept: false, // true: the list is the one this device kept, the server did not answer
  position: null, // { lon, lat, accuracy } for sorting the list
  positionState: 'pending', // pending | ok | denied | unavailable | unsupported
  sources: new Map(), // code → { kind, name, grid, lon, lat }
  sourcesLoading: null,
  checklists: new Map(), // `${kind}|${sourceKind}|${source code}` → Promise of [{ key, zh, en }]
  showAll: false,
  form: null, // the record being made, see openForm
  outbox: [], // the signed-in person's entries
  others: 0, // entries of other people on this device
  outboxReady: true,
  sending: false,
  result: null, // the last outcome shown in the result panel
  history: null, // the person's own recent records (GET /api/inspections/mine), null until loaded
  historyError: null,
};

const $ = (id) => document.getElementById(id);
export const elements = {
  status: $('field-status'),
  outbox: $('outbox'),
  outboxCount: $('outbox-count'),
  outboxState: $('outbox-state'),
  outboxSend: $('outbox-send'),
  outboxList: $('outbox-list'),
  outboxOthers: $('outbox-others'),
  result: $('record-result'),
  resultTitle: $('result-title'),
  resultBody: $('result-body'),
  resultClose: $('result-close'),
  dutyPanel: $('duty-panel'),
  dutyCount: $('field-duty-count'),
  refreshed: $('duties-refreshed'),
  positionNote: $('position-note'),
  positionRefresh: $('position-refresh'),
  list: $('duty-list'),
  more: $('duty-more'),
  upcoming: $('upcoming-duties'),
  upcomingSummary: $('upcoming-summary'),
  upcomingList: $('upcoming-list'),
  done: $('done-duties'),
  doneSummary: $('done-summary'),
  doneList: $('done-list'),
  adhocForm: $('adhoc-form'),
  history: $('history'),
  historySummary: $('history-summary'),
  historyNote: $('history-note'),
  historyList: $('history-list'),
  adhocCode: $('adhoc-code'),
  recordPanel: $('record-panel'),
  recordClose: $('record-close'),
  target: $('record-target'),
  editing: $('record-editing'),
  form: $('record-form'),
  locate: $('fix-locate'),
  fixSummary: $('fix-summary'),
  lon: $('fix-lon'),
  lat: $('fix-lat'),
  accuracy: $('fix-accuracy'),
  crs: $('fix-crs'),
  fixError: $('fix-error'),
  checklist: $('checklist'),
  checklistNote: $('checklist-note'),
  allYes: $('checklist-all-yes'),
  findings: $('findings'),
  findingsNone: $('findings-none'),
  addFinding: $('finding-add'),
  notes: $('record-notes'),
  photos: $('record-photos'),
  photoError: $('photo-error'),
  photoList: $('photo-list'),
  formError: $('record-error'),
  submit: $('record-submit'),
};

export const page = startPage({ status: elements.status, localise: periodInWords });
export const { status, say, fail } = page;

/**
 * What one part tells the others: `position` (the list's position changed), `outbox` (the outbox
 * was read again), `stored` (the server stored a record: the duties and the history changed).
 */
const listeners = { position: [], outbox: [], stored: [] };

export function on(event, listener) {
  listeners[event].push(listener);
}

export function emit(event) {
  listeners[event].forEach((listener) => listener());
}
