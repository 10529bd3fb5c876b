// The checklist of the record being made, suited to the target (a source's kind, a grid or river
// patrol; a source that generates hazardous waste has the hazardous-waste items too, so a source's is
// asked for by its code): fetched once per kind or source — ahead for the duties on the list, so that
// a form opened offline still has one — and answered yes or no per item.

import { fetchChecklist, fetchSource } from '../../components/api.js';
import { element } from '../../components/dom.js';
import { describeError } from '../../components/format.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { sourceFrom } from './sources.js';
import { elements, state } from './state.js';

/** Fetches, once, the checklists this list may need, so that a form opened offline still has one. */
export function prefetchChecklists() {
  const requests = [];
  for (const duty of state.duties ?? []) {
    if (duty.status === 'done') {
      continue;
    }
    const sourceKind = duty.target_kind === 'source' ? state.sources.get(duty.target_code)?.kind : null;
    if (duty.target_kind !== 'source' || sourceKind) {
      requests.push(checklistFor(duty.target_kind, sourceKind, duty.target_code));
    }
  }
  return Promise.allSettled(requests);
}

/** A source's checklist is its own: what it also is (a generator of hazardous waste, a radiation holder) adds items. */
function checklistFor(kind, sourceKind, code) {
  const source = kind === 'source' ? code : undefined;
  const key = `${kind}|${sourceKind ?? ''}|${source ?? ''}`;
  if (!state.checklists.has(key)) {
    const request = fetchChecklist({ kind, sourceKind: kind === 'source' ? sourceKind ?? undefined : undefined, source });
    // a failure is not remembered: the next form asks again
    request.catch(() => state.checklists.delete(key));
    state.checklists.set(key, request);
  }
  return state.checklists.get(key);
}

export async function loadChecklist(form, answers) {
  const target = form.target;
  elements.checklistNote.hidden = false;
  elements.checklistNote.textContent = t('record.checklist.loading');
  let sourceKind = null;
  try {
    if (target.kind === 'source') {
      sourceKind = state.sources.get(target.code)?.kind ?? null;
      if (!sourceKind) {
        const source = sourceFrom((await fetchSource(target.code))?.features?.[0]);
        if (source) {
          state.sources.set(source.code, source);
          sourceKind = source.kind;
        }
      }
    }
    const items = await checklistFor(target.kind, sourceKind, target.code);
    if (state.form !== form) {
      return;
    }
    form.checklist = Array.isArray(items) ? items : [];
    renderChecklist(answers);
  } catch (error) {
    if (state.form !== form) {
      return;
    }
    form.checklistError = error;
    elements.checklistNote.hidden = false;
    elements.checklistNote.textContent = t('record.checklist.unavailable', { detail: describeError(error) });
    elements.recordPanel.dataset.checklistLoaded = 'error';
  }
}

function renderChecklist(answers) {
  const form = state.form;
  const items = form.checklist.map((item) => {
    const row = element('li', { className: 'check-item' });
    row.dataset.key = item.key;
    const label = element('span', { className: 'check-label', text: checklistText(item) });
    label.id = `check-${item.key}-label`;
    const choices = element('span', { className: 'check-choice' });
    choices.setAttribute('role', 'radiogroup');
    choices.setAttribute('aria-labelledby', label.id);
    for (const [value, key] of [['yes', 'record.checklist.yes'], ['no', 'record.checklist.no']]) {
      const input = element('input');
      input.type = 'radio';
      input.name = `check-${item.key}`;
      input.value = value;
      input.id = `check-${item.key}-${value}`;
      if (answers && Object.prototype.hasOwnProperty.call(answers, item.key)) {
        input.checked = (answers[item.key] === true) === (value === 'yes');
      }
      const text = element('span', { text: t(key) });
      text.dataset.i18n = key;
      const choice = element('label', { className: `check-option check-${value}` }, input, text);
      choice.htmlFor = input.id;
      choices.append(choice);
    }
    row.append(label, choices);
    return row;
  });
  elements.checklist.replaceChildren(...items);
  elements.checklistNote.hidden = items.length > 0;
  elements.checklistNote.textContent = items.length > 0 ? '' : t('record.checklist.empty');
  elements.allYes.hidden = items.length === 0;
  elements.recordPanel.dataset.checklistLoaded = String(items.length);
}

function checklistText(item) {
  return (currentLanguage() === 'en' ? item.en : item.zh) || item.zh || item.en || item.key;
}

export function renderChecklistLabels() {
  for (const item of state.form?.checklist ?? []) {
    const label = document.getElementById(`check-${item.key}-label`);
    if (label) {
      label.textContent = checklistText(item);
    }
  }
}

export function answerAll(value) {
  elements.checklist.querySelectorAll(`input[type="radio"][value="${value ? 'yes' : 'no'}"]`)
    .forEach((input) => {
      input.checked = true;
    });
}
