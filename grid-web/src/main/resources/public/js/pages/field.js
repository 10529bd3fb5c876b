// The supervisor's field page, phone first: this period's duties (field/duties.js), nearest first
// when the browser gives a position (field/location.js); tapping one opens the record form
// (field/record.js) — where it was made, the checklist suited to the target (field/checklist.js),
// findings, notes and photos (field/photos.js). A submitted record is first kept in the outbox
// (IndexedDB) with the UUID made for it and its photos' bytes, and only then sent
// (field/sending.js); see field/outbox.js for why a record is never lost and never stored twice.
// The server's answer — where the fix lies against the grid and the target, the cases the findings
// opened — is shown when it comes, now or later (field/result.js); the person's recent records and their verdicts,
// each correctable by a new record, in field/history.js. The parts share their state
// through field/state.js. The page is an installable app that starts without a network: a service worker keeps its
// files and checklists (field/installable.js), and the last duties loaded stay on the device (field/snapshots.js).
// Everything that comes from the server or from the person goes into the
// page with textContent.

import { onLanguageChange } from '../i18n/index.js';
import { answerAll, renderChecklistLabels } from './field/checklist.js';
import { loadDuties, renderDuties, startAdhoc } from './field/duties.js';
import { loadHistory, renderHistory } from './field/history.js';
import { installForOffline } from './field/installable.js';
import { locateForList, locateForRecord, renderFixSummary, renderPosition, typedFix } from './field/location.js';
import { keepSending, onOutboxChange, outboxAvailable } from './field/outbox.js';
import { addPhotos, renderPhotos } from './field/photos.js';
import { addFinding, closeForm, renderTarget } from './field/record.js';
import { renderResult } from './field/result.js';
import { handleOutcomes, refreshOutbox, renderOutbox, sendNow, submitRecord } from './field/sending.js';
import { loadSources } from './field/sources.js';
import { elements, fail, on, page, say, state } from './field/state.js';

if (page.signedIn) {
  elements.outboxSend.addEventListener('click', () => sendNow());
  elements.resultClose.addEventListener('click', () => {
    state.result = null;
    renderResult();
  });
  elements.positionRefresh.addEventListener('click', () => locateForList(true));
  elements.more.addEventListener('click', () => {
    state.showAll = true;
    renderDuties();
  });
  elements.adhocForm.addEventListener('submit', (event) => {
    event.preventDefault();
    startAdhoc(elements.adhocCode.value);
  });
  elements.recordClose.addEventListener('click', () => closeForm());
  elements.locate.addEventListener('click', () => locateForRecord(true));
  for (const input of [elements.lon, elements.lat, elements.accuracy, elements.crs]) {
    input.addEventListener('input', () => typedFix());
  }
  elements.allYes.addEventListener('click', () => answerAll(true));
  elements.addFinding.addEventListener('click', () => addFinding().querySelector('select')?.focus());
  elements.photos.addEventListener('change', () => addPhotos([...elements.photos.files]));
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitRecord();
  });
  window.addEventListener('online', () => renderOutbox());
  window.addEventListener('offline', () => {
    renderOutbox();
    say('field.status.offline', {}, 'warning');
  });
  onOutboxChange(() => refreshOutbox());
  onLanguageChange(() => {
    renderPosition();
    renderDuties();
    renderOutbox();
    renderResult();
    renderHistory();
    renderTarget();
    renderChecklistLabels();
    renderFixSummary();
    renderPhotos();
  });
  on('position', () => renderDuties());
  on('outbox', () => {
    renderDuties();
    renderHistory();
  });
  on('stored', () => {
    loadDuties();
    loadHistory();
  });
  start();
}

async function start() {
  say('field.status.loading');
  state.me = await page.me;
  if (!state.me) {
    fail('field.status.error', null);
    return;
  }
  state.outboxReady = await outboxAvailable();
  if (state.outboxReady) {
    // ask the browser not to clear this site's storage under pressure: the outbox lives there
    navigator.storage?.persist?.().catch(() => undefined);
  }
  await refreshOutbox();
  await installForOffline();
  locateForList(false);
  state.sourcesLoading = loadSources();
  await loadDuties();
  loadHistory();
  // now, on every `online` event and every 30 s: whatever waits goes out
  keepSending(state.me.id, (outcomes) => handleOutcomes(outcomes, null));
}
