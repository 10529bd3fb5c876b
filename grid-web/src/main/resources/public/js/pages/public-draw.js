// The public page of a 双随机 draw (双随机一公开): for anyone, signed in or not. It asks the public
// API without a token and never goes to the login page. With ?id=N it shows one draw — seed,
// candidate hash and list, the algorithm, the objects drawn and their outcome — and how to check
// it; the browser can redo the hashes itself. Without an id it lists the published draws.
// Nothing here names an inspector or any other person.

import { fetchPublicDraw, fetchPublicDraws } from '../components/api.js';
import { cell, element, emptyRow } from '../components/dom.js';
import { drawItemRow, mountDrawItemsHead, renderDrawSummary } from '../components/draw-view.js';
import { formatInstant, vocabularyName } from '../components/format.js';
import { startPage } from '../components/page.js';
import { periodName } from '../components/period.js';
import { onLanguageChange, t } from '../i18n/index.js';

/** Digits of a score shown: with no inspectors' column there is room for more to compare by eye. */
const SCORE_SHOWN = 16;

const state = {
  id: new URLSearchParams(window.location.search).get('id'),
  draw: null,
  draws: null,
  verification: null, // { ok, key, params } once checked in the browser
};

const elements = {
  status: document.getElementById('public-draw-status'),
  listPanel: document.getElementById('public-draw-list-panel'),
  list: document.getElementById('public-draw-list'),
  listRows: document.querySelector('#public-draw-list tbody'),
  article: document.getElementById('public-draw'),
  pending: document.getElementById('public-draw-pending'),
  items: document.getElementById('public-draw-items'),
  itemRows: document.querySelector('#public-draw-items tbody'),
  candidates: document.getElementById('public-draw-candidates'),
  algorithm: document.getElementById('public-draw-algorithm'),
  example: document.getElementById('public-draw-example'),
  verify: document.getElementById('public-draw-verify'),
  verifyResult: document.getElementById('public-draw-verify-result'),
  allLink: document.getElementById('nav-public-draws'),
};

mountDrawItemsHead(elements.items);
const { say, fail } = startPage({ signIn: false, status: elements.status });

elements.verify.addEventListener('click', () => verify());
onLanguageChange(() => {
  renderDraw();
  renderList();
});
if (state.id) {
  elements.allLink.removeAttribute('aria-current');
  loadDraw(state.id);
} else {
  elements.allLink.setAttribute('aria-current', 'page');
  loadList();
}

async function loadDraw(id) {
  say('public.status.loading');
  try {
    state.draw = await fetchPublicDraw(id);
    say(state.draw?.run_at ? 'public.status.loaded' : 'public.status.sealed');
  } catch (error) {
    fail('public.status.error', error);
  }
  renderDraw();
}

async function loadList() {
  say('public.status.loading');
  try {
    const draws = await fetchPublicDraws();
    state.draws = Array.isArray(draws) ? draws : [];
    say('public.status.list', { count: state.draws.length });
  } catch (error) {
    state.draws = [];
    fail('public.status.error', error);
  }
  renderList();
}

// One draw

function renderDraw() {
  const draw = state.draw;
  elements.article.hidden = !draw;
  if (!draw) {
    return;
  }
  const ran = Boolean(draw.run_at);
  document.title = `${draw.title || t('draws.untitled')} · ${t('public.pageTitle')}`;
  renderDrawSummary(elements.article, draw);
  const codes = Array.isArray(draw.candidate_codes) ? draw.candidate_codes : [];

  const items = Array.isArray(draw.items) ? draw.items : [];
  elements.pending.hidden = ran;
  elements.items.hidden = !ran;
  const rows = items.map(itemRow);
  if (ran && rows.length === 0) {
    rows.push(emptyRow(elements.items, t('draws.noItems')));
  }
  elements.itemRows.replaceChildren(...rows);
  elements.items.dataset.loaded = String(items.length);

  elements.candidates.replaceChildren(...[...codes].sort().map((code) => element('li', { className: 'code-text', text: code })));
  elements.algorithm.textContent = draw.algorithm || '—';
  const example = items[0]?.object_code ?? codes[0] ?? 'CODE';
  elements.example.textContent = `printf '%s' '${draw.seed ?? 'SEED'}:${example}' | sha256sum`;
  // SubtleCrypto exists only on secure pages (https, localhost); elsewhere the steps above still hold.
  elements.verify.hidden = !(window.isSecureContext && window.crypto?.subtle) || codes.length === 0;
  renderVerification();
}

function itemRow(item, index) {
  const outcome = element('span', { className: 'status-badge', text: vocabularyName('outcome', item.outcome) });
  outcome.dataset.status = item.outcome === 'pending' ? 'open' : 'done';
  return drawItemRow(item, index, SCORE_SHOWN, cell('draw-outcome', outcome));
}

/** Redoes steps 1 and 2 of the algorithm here: the candidate hash and every drawn object's score. */
async function verify() {
  const draw = state.draw;
  if (!draw) {
    return;
  }
  elements.verify.disabled = true;
  try {
    const codes = [...(draw.candidate_codes ?? [])].map(String).sort();
    const hash = await sha256(codes.join('\n'));
    if (hash !== draw.candidate_hash) {
      state.verification = { ok: false, key: 'public.verify.hashMismatch', params: { hash } };
      return;
    }
    const candidates = new Set(codes);
    for (const item of draw.items ?? []) {
      if (!candidates.has(String(item.object_code))) {
        state.verification = { ok: false, key: 'public.verify.notCandidate', params: { code: item.object_code } };
        return;
      }
      const score = await sha256(`${draw.seed}:${item.object_code}`);
      if (score !== item.score) {
        state.verification = { ok: false, key: 'public.verify.scoreMismatch', params: { code: item.object_code } };
        return;
      }
    }
    state.verification = { ok: true, key: 'public.verify.ok', params: { count: (draw.items ?? []).length } };
  } catch (error) {
    state.verification = { ok: false, key: 'public.verify.failed', params: { detail: String(error?.message ?? error) } };
  } finally {
    elements.verify.disabled = false;
    renderVerification();
  }
}

function renderVerification() {
  const result = state.verification;
  elements.verifyResult.textContent = result ? t(result.key, result.params) : '';
  elements.verifyResult.dataset.ok = result ? String(result.ok) : '';
}

async function sha256(text) {
  const digest = await window.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// The list of draws

function renderList() {
  elements.listPanel.hidden = Boolean(state.id);
  if (state.draws === null) {
    return;
  }
  const rows = state.draws.map((draw) => {
    const row = element('tr');
    row.dataset.drawId = String(draw.id);
    const link = element('a', { text: draw.title || t('draws.untitled') });
    const url = new URL('public-draw.html', document.baseURI);
    url.searchParams.set('id', String(draw.id));
    link.href = url.href;
    row.append(
      cell('draw-title', link),
      cell('draw-period', periodName(draw.period)),
      cell('draw-sealed', formatInstant(draw.sealed_at)),
      cell('draw-run', draw.run_at ? formatInstant(draw.run_at) : t('draws.notRun')),
    );
    return row;
  });
  if (rows.length === 0) {
    rows.push(emptyRow(elements.list, t('public.none')));
  }
  elements.listRows.replaceChildren(...rows);
  elements.list.dataset.loaded = String(state.draws.length);
}
