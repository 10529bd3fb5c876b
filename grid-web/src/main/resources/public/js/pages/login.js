// The login page: POST /login with the username and password, keep the token for this tab, and go
// on to the page that sent us here (the `next` parameter) or the map. A refusal shows the server's
// reason (wrong credentials, an account locked after repeated failures) as it gave it.
// An account whose password someone else chose (a roster import, a reset) must choose its own first: the
// server then refuses everything else, and the page asks for a new password before going on. A page that met
// that refusal sends the person here with `change=1`; then the current password is asked for as well.

import { changePassword, fetchMe, isPasswordChangeDemand, signIn } from '../components/api.js';
import { describeError, describeFieldError } from '../components/format.js';
import { startPage } from '../components/page.js';
import { pageAfterSignIn, storeToken, token } from '../components/session.js';
import { onLanguageChange, t } from '../i18n/index.js';

const elements = {
  form: document.getElementById('login-form'),
  username: document.getElementById('login-username'),
  password: document.getElementById('login-password'),
  submit: document.getElementById('login-submit'),
  error: document.getElementById('login-error'),
  note: document.getElementById('login-note'),
};

const change = {
  form: document.getElementById('password-form'),
  currentField: document.getElementById('password-current-field'),
  current: document.getElementById('password-current'),
  fresh: document.getElementById('password-new'),
  repeat: document.getElementById('password-repeat'),
  submit: document.getElementById('password-submit'),
  error: document.getElementById('password-error'),
};

// The error shown, as a message key (ours, re-translated on a language switch) or as the server's text.
let shownError = null;
let busy = false;
let changeError = null;
// The password just signed in with, when the server wants it replaced: not asked for a second time.
let knownPassword = null;

const query = new URLSearchParams(window.location.search);
const next = query.get('next');

startPage({ signIn: false });
// Sent here from a page: the session ended or never began.
elements.note.hidden = !next;
onLanguageChange(() => {
  render();
  renderChange();
});
elements.form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
change.form.addEventListener('submit', (event) => {
  event.preventDefault();
  submitChange();
});
if (query.has('change') && token()) {
  showChange(null);
}

async function submit() {
  if (busy) {
    return;
  }
  const username = elements.username.value.trim();
  const password = elements.password.value;
  if (!username || !password) {
    shownError = { key: 'login.missing' };
    render();
    (username ? elements.password : elements.username).focus();
    return;
  }
  busy = true;
  shownError = null;
  render();
  try {
    const answer = await signIn(username, password);
    if (!answer?.access_token) {
      throw new Error('no access_token in the answer');
    }
    storeToken(answer.access_token);
    if (await mustChangePassword()) {
      showChange(password);
      return;
    }
    window.location.replace(pageAfterSignIn(next));
  } catch (error) {
    busy = false;
    shownError = error?.status === 401 && !error.message ? { key: 'login.rejected' } : { error };
    render();
    elements.password.select();
    elements.password.focus();
  }
}

function render() {
  elements.submit.disabled = busy;
  elements.submit.textContent = t(busy ? 'login.submitting' : 'login.submit');
  elements.form.setAttribute('aria-busy', String(busy));
  const text = !shownError ? '' : shownError.key ? t(shownError.key) : describeError(shownError.error);
  // textContent: the server's detail is shown as text, never as markup.
  elements.error.textContent = text;
  elements.error.hidden = !text;
  const invalid = Boolean(shownError);
  elements.username.setAttribute('aria-invalid', String(invalid && !elements.username.value.trim()));
  elements.password.setAttribute('aria-invalid', String(invalid));
}

/** Whether the server answers this account nothing until it has a password of its own. */
async function mustChangePassword() {
  try {
    await fetchMe({ leaveOnPasswordChange: false });
    return false;
  } catch (error) {
    // Any other failure is for the next page to report.
    return isPasswordChangeDemand(error);
  }
}

function showChange(current) {
  knownPassword = current;
  busy = false;
  elements.form.hidden = true;
  change.form.hidden = false;
  change.currentField.hidden = Boolean(current);
  renderChange();
  (current ? change.fresh : change.current).focus();
}

async function submitChange() {
  if (busy) {
    return;
  }
  const current = knownPassword ?? change.current.value;
  const fresh = change.fresh.value;
  if (!current || !fresh) {
    changeError = { key: 'login.change.missing' };
  } else if (fresh !== change.repeat.value) {
    changeError = { key: 'login.change.mismatch' };
  } else {
    changeError = null;
  }
  if (changeError) {
    renderChange();
    return;
  }
  busy = true;
  renderChange();
  try {
    await changePassword(current, fresh);
    window.location.replace(pageAfterSignIn(next));
  } catch (error) {
    busy = false;
    const field = error?.fieldErrors?.[0];
    changeError = field ? { text: describeFieldError(field) } : { error };
    renderChange();
    change.fresh.focus();
  }
}

function renderChange() {
  change.submit.disabled = busy;
  change.form.setAttribute('aria-busy', String(busy));
  const text = !changeError ? '' : changeError.key ? t(changeError.key)
    : changeError.text ?? describeError(changeError.error);
  change.error.textContent = text;
  change.error.hidden = !text;
  change.fresh.setAttribute('aria-invalid', String(Boolean(changeError)));
}
