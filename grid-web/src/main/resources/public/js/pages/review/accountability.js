// The accountability section (问责) of the review page: the quarter's records the platform proposed — an order
// overdue past the district's days, a grid ranked last in two published reviews running — and those decided.
// An administrator of the grid's district confirms one (with the proposed or another measure) or dismisses it,
// always with a reason; viewers read. Everything from the server goes into the page with textContent.

import { decideAccountability, fetchAccountability, fetchFile, proposeAccountability } from '../../components/api.js';
import { cell, element, emptyRow, option, saveFile } from '../../components/dom.js';
import { formatInstant } from '../../components/format.js';
import { createStatusLine } from '../../components/status.js';
import { onLanguageChange, t } from '../../i18n/index.js';

const $ = (id) => document.getElementById(id);
const MEASURES = ['interview', 'circular', 'accountability'];

/** Starts the section for the signed-in person; show(quarter) lists that quarter's records. */
export function startAccountability(me) {
  const section = $('accountability');
  const table = $('accountability-table');
  const rows = table.querySelector('tbody');
  const { say, fail } = createStatusLine($('accountability-status'));
  const propose = $('accountability-propose');
  let quarter = null;
  let records = [];

  propose.hidden = me?.role !== 'admin';
  propose.addEventListener('click', async () => {
    propose.disabled = true;
    try {
      const result = await proposeAccountability();
      say('accountability.status.proposed', { count: result.added }, 'success');
      await load();
    } catch (error) {
      fail('accountability.status.failed', error);
    } finally {
      propose.disabled = false;
    }
  });
  $('accountability-export').addEventListener('click', async () => {
    try {
      const { blob, filename } = await fetchFile('api/accountability.xlsx', {
        params: { quarter }, fallbackName: `accountability-${quarter}.xlsx`,
      });
      saveFile(blob, filename);
    } catch (error) {
      fail('accountability.status.failed', error);
    }
  });

  async function load() {
    try {
      records = await fetchAccountability({ quarter });
      render();
      section.dataset.loaded = 'true';
    } catch (error) {
      records = [];
      render();
      fail('accountability.status.error', error);
    }
  }

  function render() {
    if (records.length === 0) {
      rows.replaceChildren(emptyRow(table, t('accountability.none')));
      return;
    }
    rows.replaceChildren(...records.map(line));
  }

  function line(record) {
    const tr = element('tr');
    tr.dataset.id = String(record.id);
    tr.dataset.state = record.state;
    tr.append(cell('', record.subject), cell('', record.grid_name), cell('accountability-reason', record.reason),
      cell('accountability-nowrap', t(`accountability.measure.${record.measure}`)),
      cell('accountability-nowrap', t(`accountability.state.${record.state}`)),
      cell('accountability-decision', record.may_decide ? decisionForm(record) : decided(record)));
    return tr;
  }

  /** Who decided what, when and why; nothing yet for a proposal the person may not decide. */
  function decided(record) {
    if (record.state === 'proposed') {
      return t('accountability.awaiting');
    }
    return element('span', {}, element('span', { text: record.decision_reason }), element('small',
      { className: 'muted', text: ` — ${record.decided_by_name ?? ''} ${formatInstant(record.decided_at)}` }));
  }

  function decisionForm(record) {
    const measure = element('select', { className: 'accountability-measure' });
    measure.append(...MEASURES.map((key) => option(key, t(`accountability.measure.${key}`))));
    measure.value = record.measure;
    measure.setAttribute('aria-label', t('accountability.col.measure'));
    const reason = element('input', { className: 'accountability-reason-input' });
    reason.type = 'text';
    reason.maxLength = 4000;
    reason.placeholder = t('accountability.reason');
    reason.setAttribute('aria-label', t('accountability.reason'));
    const confirm = element('button', { className: 'button button-small button-primary', text: t('accountability.confirm') });
    confirm.type = 'button';
    confirm.dataset.decision = 'confirm';
    const dismiss = element('button', { className: 'button button-small', text: t('accountability.dismiss') });
    dismiss.type = 'button';
    dismiss.dataset.decision = 'dismiss';
    const decide = async (decision) => {
      reason.removeAttribute('aria-invalid');
      const body = { decision, reason: reason.value.trim() };
      if (decision === 'confirm') {
        body.measure = measure.value;
      }
      confirm.disabled = true;
      dismiss.disabled = true;
      try {
        await decideAccountability(record.id, body);
        say(`accountability.status.${decision}ed`, {}, 'success');
        await load();
      } catch (error) {
        fail('accountability.status.failed', error);
        if ((error?.fieldErrors ?? []).some((entry) => entry.pointer === '/reason')) {
          reason.setAttribute('aria-invalid', 'true');
          reason.focus();
        }
        confirm.disabled = false;
        dismiss.disabled = false;
      }
    };
    confirm.addEventListener('click', () => decide('confirm'));
    dismiss.addEventListener('click', () => decide('dismiss'));
    return element('span', { className: 'accountability-form' }, measure, reason, confirm, dismiss);
  }

  onLanguageChange(render);
  return {
    show(next) {
      quarter = next;
      return load();
    },
  };
}
