// The supervisor's own recent records and what became of each: where it was made as the server judged it (plausible,
// or flagged and then accepted or rejected on review, with the reason), its findings and the cases they opened, and
// whether a later record corrects it. A record is never edited: "correct" opens the form with its answers, and the
// new record — kept in the outbox and sent like any other — names the one it corrects.

import { fetchOwnRecords } from '../../components/api.js';
import { element } from '../../components/dom.js';
import { describeError, formatInstant, vocabularyName } from '../../components/format.js';
import { t } from '../../i18n/index.js';
import { openForm } from './record.js';
import { elements, state } from './state.js';

/** How far back the history goes: the records a supervisor may still want to correct. */
export const HISTORY_DAYS = 14;

export async function loadHistory() {
  try {
    state.history = await fetchOwnRecords({ days: HISTORY_DAYS });
    state.historyError = null;
  } catch (error) {
    state.historyError = error;
  }
  renderHistory();
}

export function renderHistory() {
  if (state.history === null && !state.historyError) {
    elements.historySummary.textContent = t('history.heading');
    return;
  }
  const records = state.history ?? [];
  elements.historySummary.textContent = state.history === null ? t('history.heading')
    : t('history.title', { count: records.length });
  elements.historyNote.hidden = !state.historyError && records.length > 0;
  elements.historyNote.textContent = state.historyError
    ? t(state.historyError.status === 0 ? 'history.offline' : 'history.error', { detail: describeError(state.historyError) })
    : t('history.none', { days: HISTORY_DAYS });
  const correcting = new Set(state.outbox.map((item) => item.record?.corrects).filter(Boolean));
  elements.historyList.replaceChildren(...records.map((own) => historyItem(own, correcting)));
  elements.history.dataset.loaded = state.history === null ? '' : String(records.length);
}

function historyItem(own, correcting) {
  const record = own.inspection;
  const target = targetOf(record);
  const row = element('li', { className: 'history-item' });
  row.dataset.id = record.id;
  row.dataset.verdict = own.verdict;
  row.append(element('div', { className: 'history-head' },
    element('strong', { text: target.name }),
    element('span', { className: 'kind-tag', text: vocabularyName('targetKind', record.target_kind) }),
    element('span', { className: 'muted history-time', text: formatInstant(record.inspected_at) })));

  const verdict = element('p', { className: own.verdict === 'flagged' || own.verdict === 'rejected' ? 'history-verdict result-flag' : 'history-verdict result-ok' },
    t(`history.verdict.${own.verdict}`));
  if (own.review_reason) {
    verdict.append(t('common.sentenceSeparator'), t('history.reviewReason', { reason: own.review_reason }));
  }
  row.append(verdict);

  const findings = record.findings ?? [];
  const line = element('p', { className: 'history-line' }, findings.length === 0 ? t('history.noFindings')
    : t('history.findings', { count: findings.length, categories: findings.map((f) => vocabularyName('category', f.category)).join(t('common.listSeparator')) }));
  const cases = record.cases ?? [];
  if (cases.length > 0) {
    line.append(t('common.sentenceSeparator'), t('result.cases', { count: cases.length }), ' ');
    cases.forEach((id, index) => {
      if (index > 0) {
        line.append(t('common.listSeparator'));
      }
      const link = element('a', { text: `#${id}` });
      link.href = `cases.html?case=${encodeURIComponent(id)}`;
      line.append(link);
    });
  }
  row.append(line);
  if (record.corrects) {
    row.append(element('p', { className: 'muted history-line', text: t('history.isCorrection') }));
  }

  if (own.corrected_by) {
    row.dataset.correctedBy = own.corrected_by;
    row.append(element('p', { className: 'muted history-line', text: t('history.corrected') }));
  } else if (correcting.has(record.id)) {
    row.append(element('p', { className: 'muted history-line', text: t('history.correctionWaiting') }));
  } else {
    const correct = element('button', { className: 'button button-small', text: t('history.correct') });
    correct.type = 'button';
    correct.dataset.action = 'correct';
    correct.addEventListener('click', () => openForm(target, answersOf(record),
      { corrects: record.id, correcting: `${target.name} · ${formatInstant(record.inspected_at)}` }));
    row.append(element('div', { className: 'action-buttons' }, correct));
  }
  return row;
}

/** The record's target as the form takes it: its duty's as listed when the duty is on this period's list. */
function targetOf(record) {
  const duty = (state.duties ?? []).find((item) => item.id === record.duty_id);
  const source = record.target_kind === 'source' ? state.sources.get(record.target_code) : null;
  return {
    dutyId: record.duty_id ?? null,
    kind: record.target_kind,
    code: record.target_code,
    name: duty?.target_name || source?.name || record.target_code,
    gridCode: record.grid_code,
    gridName: duty?.grid_name ?? null,
    lon: duty?.lon ?? source?.lon ?? null,
    lat: duty?.lat ?? source?.lat ?? null,
    dueBy: duty?.due_by ?? null,
    purpose: duty?.purpose ?? (record.duty_id == null ? 'adhoc' : null),
  };
}

/** The stored record's answers, to start its correction from: where (as it was sent), checklist, findings, notes. */
function answersOf(record) {
  const fix = record.fix ?? {};
  return {
    record: {
      fix: { lon: fix.sent_lon ?? fix.lon, lat: fix.sent_lat ?? fix.lat, accuracy_m: fix.accuracy_m, crs: fix.crs },
      checklist: record.checklist ?? {},
      findings: (record.findings ?? []).map(({ category, severity, description }) => ({ category, severity, description })),
      notes: record.notes ?? '',
    },
    photos: [],
  };
}
