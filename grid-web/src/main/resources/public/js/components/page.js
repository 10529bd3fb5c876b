// The start-up every page shares, in one place: a staff page first sends anyone not signed in to the login page;
// then the page's markup is put in the current language, the header's language switch is bound, the status line
// is said again in the new language on every switch, and a staff page's header loads who is signed in. The header
// itself is built when header.js is first imported, before the page's own module runs.

import { applyTranslations, onLanguageChange, toggleLanguage } from '../i18n/index.js';
import { mountSessionHeader } from './header.js';
import { requireSignIn } from './session.js';
import { createStatusLine } from './status.js';

/**
 * Starts the page this module is loaded in and answers { signedIn, status, say, fail, me }.
 * - signIn (staff pages, the default): without a token the page leaves for the login page and signedIn is false;
 *   the page then starts nothing of its own. Public pages pass false.
 * - status: the page's status line element, if it has one, and localise for its parameters (createStatusLine);
 *   status, say and fail are then that line's, else null.
 * - me: on a signed-in staff page, the promise of the signed-in person loaded into the header (null when GET
 *   /api/me failed for another reason than a 401); null elsewhere.
 */
export function startPage({ signIn = true, status: statusElement = null, localise } = {}) {
  const signedIn = !signIn || requireSignIn();
  const status = statusElement ? createStatusLine(statusElement, { localise }) : null;
  applyTranslations(document);
  document.getElementById('language-switch')?.addEventListener('click', () => toggleLanguage());
  if (status) {
    onLanguageChange(() => status.render());
  }
  return {
    signedIn,
    status,
    say: status?.say ?? null,
    fail: status?.fail ?? null,
    me: signIn && signedIn ? mountSessionHeader() : null,
  };
}
