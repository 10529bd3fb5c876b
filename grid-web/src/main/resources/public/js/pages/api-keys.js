// The API keys page: everyone signed in makes keys for their GIS clients (a name, read-only unless they allow
// changes, an optional expiry), sees a new key once in a dialog — with a copy button and how QGIS and GDAL use it —,
// lists their keys (never the keys themselves) and revokes them.

import { createMyApiKey, fetchMyApiKeys, revokeMyApiKey } from '../components/api.js';
import { apiKeyColumns, apiKeyRows } from '../components/api-keys.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';

const elements = {
  status: document.getElementById('api-key-status'),
  form: document.getElementById('api-key-form'),
  label: document.getElementById('api-key-label'),
  writes: document.getElementById('api-key-writes'),
  expires: document.getElementById('api-key-expires'),
  create: document.getElementById('api-key-create'),
  table: document.getElementById('api-key-table'),
  count: document.getElementById('api-key-count'),
  dialog: document.getElementById('api-key-dialog'),
  value: document.getElementById('api-key-value'),
  copy: document.getElementById('api-key-copy'),
  copied: document.getElementById('api-key-copied'),
  gdal: document.getElementById('api-key-gdal'),
};

const page = startPage({ status: elements.status });
const { say, fail } = page;
let keys = null;
let me = null;

if (page.signedIn) {
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    create();
  });
  elements.copy.addEventListener('click', copyKey);
  // the key leaves the page with the dialog: nothing keeps it once it is closed
  elements.dialog.addEventListener('close', () => {
    elements.value.textContent = '';
    elements.gdal.textContent = '';
    elements.copied.textContent = '';
  });
  onLanguageChange(render);
  page.me.then((person) => { me = person; });
  load();
}

async function load() {
  say('apiKeys.status.loading');
  try {
    keys = await fetchMyApiKeys();
    render();
    say('apiKeys.status.loaded', { count: keys.length });
  } catch (error) {
    fail('apiKeys.status.error', error);
  }
}

function render() {
  elements.table.tHead.replaceChildren(apiKeyColumns());
  if (keys === null) {
    return;
  }
  elements.count.textContent = t('apiKeys.count', { count: keys.filter((key) => key.state === 'active').length });
  elements.table.tBodies[0].replaceChildren(...apiKeyRows(elements.table, keys, revoke));
}

async function create() {
  const label = elements.label.value.trim();
  if (!label) {
    say('problem.api_key.label', { limit: 50 }, 'error');
    elements.label.focus();
    return;
  }
  elements.create.disabled = true;
  try {
    const made = await createMyApiKey({
      label, writes: elements.writes.checked, expires_on: elements.expires.value || null,
    });
    elements.form.reset();
    show(made.key);
    await load();
    say('apiKeys.status.created', { label: made.api_key.label }, 'success');
  } catch (error) {
    fail('apiKeys.status.createFailed', error);
  } finally {
    elements.create.disabled = false;
  }
}

/** The new key, this once, with the GDAL command that uses it. */
function show(key) {
  elements.value.textContent = key;
  const username = me?.username ?? 'USERNAME';
  elements.gdal.textContent = `ogrinfo -ro OAPIF:${window.location.origin}/ogc/ \\\n`
    + `  --config GDAL_HTTP_AUTH BASIC --config GDAL_HTTP_USERPWD '${username}:${key}'`;
  elements.dialog.showModal();
}

async function copyKey() {
  try {
    await navigator.clipboard.writeText(elements.value.textContent);
    elements.copied.textContent = t('apiKeys.copied');
  } catch {
    // no clipboard here (an insecure origin, a refusal): the key is selected for the person to copy
    window.getSelection().selectAllChildren(elements.value);
    elements.copied.textContent = t('apiKeys.copyByHand');
  }
}

async function revoke(key, button) {
  button.disabled = true;
  try {
    await revokeMyApiKey(key.id);
    await load();
    say('apiKeys.status.revoked', { label: key.label }, 'success');
  } catch (error) {
    button.disabled = false;
    fail('apiKeys.status.revokeFailed', error);
  }
}
