// The login page: POST /login with the username and password, keep the token for this tab, and go
// on to the page that sent us here (the `next` parameter) or the map. A refusal shows the server's
// reason (wrong credentials, an account locked after repeated failures) as it gave it.

import { signIn } from '../components/api.js';
import { describeError } from '../components/format.js';
import { startPage } from '../components/page.js';
import { pageAfterSignIn, storeToken } from '../components/session.js';
import { onLanguageChange, t } from '../i18n/index.js';

const elements = {
  form: document.getElementById('login-form'),
  username: document.getElementById('login-username'),
  password: document.getElementById('login-password'),
  submit: document.getElementById('login-submit'),
  error: document.getElementById('login-error'),
  note: document.getElementById('login-note'),
};

// The error shown, as a message key (ours, re-translated on a language switch) or as the server's text.
let shownError = null;
let busy = false;

const next = new URLSearchParams(window.location.search).get('next');

startPage({ signIn: false });
// Sent here from a page: the session ended or never began.
elements.note.hidden = !next;
onLanguageChange(() => render());
elements.form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});

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
