// The server's names of its vocabularies (GET /api/vocabulary): complaint and finding categories, severities, states,
// channels, escalation levels, duty target kinds and statuses, source kinds, roles and posts, grid levels. The pages
// label these with the server's names, so that a category is called the same on every page, in Open311 and in exports.
// The last answer is kept in localStorage: a page opened without a connection (the field page in the countryside) still
// names things. Loaded once, before any module importing this.

import { fetchVocabulary } from '../components/api.js';

const STORAGE_KEY = 'envgrid.vocabulary';

/** Where each vocabulary's terms sit among the messages: complaint_category's odour is complaintCategory.odour. */
const MESSAGE_PREFIXES = {
  complaint_category: 'complaintCategory',
  complaint_channel: 'complaintChannel',
  complaint_state: 'complaintState',
  satisfaction: 'satisfaction',
  case_state: 'caseState',
  escalation_level: 'escalationLevel',
  target_kind: 'targetKind',
  duty_status: 'dutyStatus',
  finding_category: 'category',
  severity: 'severity',
  source_kind: 'source.kind',
  operating_status: 'source.status',
  zone_level: 'zone.level',
  grid_level: 'level',
  role: 'role',
  post: 'duty', // an assignment's post, sent as its duty
};

const vocabulary = await load();

async function load() {
  try {
    const body = await fetchVocabulary();
    keep(body);
    return body;
  } catch (error) {
    console.warn("The server's vocabulary is not available; using the copy kept on this device", error);
    return kept() ?? {};
  }
}

function keep(body) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(body));
  } catch {
    // Storage blocked or full: the names are there for this page, not for the next one offline.
  }
}

function kept() {
  try {
    return JSON.parse(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/** The names the server gives in a language (zh-CN), as messages: { 'complaintCategory.odour': '废气异味', … }. */
export function vocabularyMessages(tag) {
  const messages = {};
  for (const [name, prefix] of Object.entries(MESSAGE_PREFIXES)) {
    for (const term of vocabulary[name] ?? []) {
      const label = term.labels?.[tag];
      if (label) {
        messages[`${prefix}.${term.key}`] = label;
      }
    }
  }
  return messages;
}

/** A vocabulary's keys in the server's order, the order a form offers them in (complaint_category: cooking_fumes, …). */
export function vocabularyKeys(name) {
  return (vocabulary[name] ?? []).map((term) => term.key);
}
