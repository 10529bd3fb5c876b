// A page's status line: one message at a time — what is happening, what was done, what went
// wrong —, kept as a key and its parameters so that it is said again when the language changes.

import { t } from '../i18n/index.js';
import { describeProblem } from './format.js';
import { isLeaving } from './session.js';

/**
 * Binds a status line to its element. say(key, params, kind) and fail(key, error, params) set the
 * message (a failure's detail is the server's problem); render() says it again in the current
 * language; current() is the message shown, { key, kind } or null, for a page that must not say
 * "loaded" over something more important. localise(params) turns parameters kept in data terms
 * (a period code) into words at each render.
 */
export function createStatusLine(element, { localise = (params) => params } = {}) {
  let message = null;

  function render() {
    // Never true on the public pages: their requests do not send anyone to the login page.
    if (isLeaving()) {
      element.textContent = t('login.signedOut');
      element.dataset.kind = 'info';
      return;
    }
    if (!message) {
      element.textContent = '';
      element.dataset.kind = 'info';
      return;
    }
    const params = localise({ ...message.params });
    if (message.kind === 'error' && message.error !== undefined) {
      params.detail = describeProblem(message.error);
    }
    element.textContent = t(message.key, params);
    element.dataset.kind = message.kind;
  }

  return {
    say(key, params = {}, kind = 'info') {
      message = { key, params, kind };
      render();
    },
    fail(key, error, params = {}) {
      message = { key, params, kind: 'error', error };
      render();
    },
    current() {
      return message && { key: message.key, kind: message.kind };
    },
    render,
  };
}
