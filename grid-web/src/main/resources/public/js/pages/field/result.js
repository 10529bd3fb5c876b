// What became of a record, in the result panel: stored (where the fix lies against the grid and the
// target, the cases its findings opened), refused (the server's reason), or kept on this device until
// the server can be reached.

import { element } from '../../components/dom.js';
import { ApiError } from '../../components/api.js';
import { describeLocation, describeProblem, formatInstant, vocabularyName } from '../../components/format.js';
import { redirectToSignIn } from '../../components/session.js';
import { t } from '../../i18n/index.js';
import { elements, state } from './state.js';
import { formatMetres } from './units.js';

export function showOutcome(outcome) {
  state.result = outcome;
  renderResult();
  elements.result.scrollIntoView({ block: 'nearest' });
}

export function renderResult() {
  const outcome = state.result;
  elements.result.hidden = !outcome;
  if (!outcome) {
    delete elements.result.dataset.state;
    return;
  }
  const entryTarget = outcome.entry?.label?.target;
  const name = entryTarget ? `${entryTarget.name ?? entryTarget.code} · ${vocabularyName('targetKind', entryTarget.kind)}` : '';
  const body = [];
  let state_;
  if (outcome.outcome === 'stored') {
    state_ = 'stored';
    const answer = outcome.answer ?? {};
    const location = answer.location ?? {};
    const flagged = location.plausible === false;
    elements.result.dataset.inspectionId = answer.id ?? outcome.id;
    elements.result.dataset.flagged = String(flagged);
    elements.result.dataset.cases = (answer.cases ?? []).join(',');
    elements.resultTitle.textContent = t('result.stored.title');
    if (name) {
      body.push(element('p', { className: 'result-target', text: name }));
    }
    const where = t('result.location', {
      reason: describeLocation(location),
      distance: formatMetres(location.distance_m),
    });
    if (flagged) {
      body.push(element('p', { className: 'result-flag', text: t('result.flagged', { detail: where }) }));
    } else {
      body.push(element('p', { className: 'result-ok', text: t('result.plausible', { detail: where }) }));
    }
    const cases = answer.cases ?? [];
    if (cases.length > 0) {
      const links = element('span', { className: 'result-cases' });
      cases.forEach((id, index) => {
        if (index > 0) {
          links.append(t('common.listSeparator'));
        }
        const link = element('a', { text: `#${id}` });
        link.href = `cases.html?case=${encodeURIComponent(id)}`;
        link.dataset.caseId = String(id);
        links.append(link);
      });
      body.push(element('p', { className: 'result-line' }, t('result.cases', { count: cases.length }), ' ', links));
    } else {
      body.push(element('p', { className: 'result-line muted', text: t('result.noCases') }));
    }
    const fields = element('dl', { className: 'details-fields result-fields' });
    const rows = [
      [t('result.id'), answer.id ?? outcome.id, 'id'],
      [t('result.inspectedAt'), formatInstant(answer.inspected_at), 'inspected-at'],
      [t('result.photos'), String((answer.photos ?? []).length), 'photos'],
    ];
    for (const [label, value, field] of rows) {
      const dd = element('dd', { text: value });
      dd.dataset.field = field;
      if (field === 'id') {
        dd.className = 'code-text';
      }
      fields.append(element('dt', { text: label }), dd);
    }
    body.push(fields);
    const doubts = (answer.photos ?? []).filter((photo) => photo.exif_check);
    doubts.forEach((photo) => body.push(element('p', { className: 'result-flag', text: t('result.exif', { detail: photo.exif_check }) })));
  } else if (outcome.outcome === 'refused') {
    state_ = 'refused';
    elements.resultTitle.textContent = t('result.refused.title');
    if (name) {
      body.push(element('p', { className: 'result-target', text: name }));
    }
    body.push(element('p', { className: 'result-flag', text: outcomeDetail(outcome) }));
    body.push(element('p', { className: 'muted', text: t('result.refused.hint') }));
  } else if (outcome.outcome === 'unauthorized') {
    state_ = 'unauthorized';
    elements.resultTitle.textContent = t('result.unauthorized.title');
    body.push(element('p', { text: t('result.unauthorized.hint') }));
    const signIn = element('button', { className: 'button button-primary', text: t('result.signIn') });
    signIn.type = 'button';
    signIn.addEventListener('click', () => redirectToSignIn());
    body.push(signIn);
  } else {
    // kept, or waiting: it is on this device and goes when the server can be reached
    state_ = 'queued';
    elements.resultTitle.textContent = t(outcome.outcome === 'kept' ? 'result.kept.title' : 'result.queued.title');
    if (name) {
      body.push(element('p', { className: 'result-target', text: name }));
    }
    if (outcome.outcome === 'waiting') {
      body.push(element('p', { className: 'result-line', text: outcomeDetail(outcome) }));
    }
    body.push(element('p', { className: 'muted', text: t('result.queued.hint') }));
    const id = element('p', { className: 'muted' }, t('result.id'), ' ', element('span', { className: 'code-text', text: outcome.id }));
    body.push(id);
  }
  if (outcome.outcome !== 'stored') {
    delete elements.result.dataset.inspectionId;
    delete elements.result.dataset.flagged;
    delete elements.result.dataset.cases;
  }
  elements.result.dataset.state = state_;
  elements.result.dataset.recordId = outcome.id ?? '';
  elements.resultBody.replaceChildren(...body);
}

/** Why a send did not store the record, for people: the server's problem, a status, or no connection. */
export function outcomeDetail(outcome) {
  if (outcome.outcome === 'unauthorized') {
    return t('result.unauthorized.hint');
  }
  return entryProblem(outcome.entry, outcome.error);
}

export function entryProblem(item, error = null) {
  const problem = item?.last_error;
  if (!problem && !error) {
    return '';
  }
  const status = problem?.status ?? error?.status ?? 0;
  if (status === 0) {
    return t('error.network');
  }
  // a refusal kept with the entry is said again from its code, in the language of now
  const detail = describeProblem(error ?? new ApiError(problem.message, status, problem));
  const photo = problem?.photo ? t('outbox.photo', { name: problem.photo }) : '';
  if (status >= 500) {
    return t('outbox.serverError', { status, detail });
  }
  return `${photo}${detail}`;
}
