// Who is signed in on this tab: the bearer token that POST /login gave, kept in sessionStorage so
// that it goes when the tab closes, and the way to the login page and back.

const TOKEN_KEY = 'envgrid.token';
const ME_KEY = 'envgrid.me';
const LOGIN_PAGE = 'login.html';
const HOME_PAGE = 'index.html';

let leaving = false;

/** The bearer token, or null when nobody is signed in on this tab. */
export function token() {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    // Storage blocked: nobody can stay signed in, the login page says so by coming back.
    return null;
  }
}

export function storeToken(value) {
  window.sessionStorage.setItem(TOKEN_KEY, value);
}

export function clearToken() {
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
    window.sessionStorage.removeItem(ME_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
}

/**
 * The signed-in person as GET /api/me last said, kept beside the token (same tab, same lifetime), for a page that
 * starts without a network (the field page in a dead zone).
 */
export function rememberMe(me) {
  try {
    window.sessionStorage.setItem(ME_KEY, JSON.stringify(me));
  } catch {
    // Storage blocked: the page then needs the network to say who is signed in.
  }
}

export function rememberedMe() {
  try {
    return token() ? JSON.parse(window.sessionStorage.getItem(ME_KEY)) : null;
  } catch {
    return null;
  }
}

/** True while the page is on its way to the login page: callers should not report errors then. */
export function isLeaving() {
  return leaving;
}

/**
 * Forgets the token and goes to the login page, which comes back here after signing in. Called
 * when the server answers 401 (no token, an expired one, or one it no longer accepts).
 */
export function redirectToSignIn() {
  clearToken();
  if (leaving) {
    return;
  }
  leaving = true;
  const login = new URL(LOGIN_PAGE, document.baseURI);
  login.searchParams.set('next', currentPage());
  window.location.replace(login);
}

/**
 * Goes to the login page to choose a new password, keeping the token (the server refuses this account everything
 * else until then), and comes back here after.
 */
export function redirectToPasswordChange() {
  if (leaving) {
    return;
  }
  leaving = true;
  const login = new URL(LOGIN_PAGE, document.baseURI);
  login.searchParams.set('change', '1');
  login.searchParams.set('next', currentPage());
  window.location.replace(login);
}

/** Pages that need a signed-in person call this first: without a token they go to the login page. */
export function requireSignIn() {
  if (token()) {
    return true;
  }
  redirectToSignIn();
  return false;
}

export function signOut() {
  clearToken();
  leaving = true;
  window.location.assign(new URL(LOGIN_PAGE, document.baseURI));
}

/**
 * Where to go after signing in: the `next` page when it is one of ours (same origin, not the login
 * page itself — never an address someone put in a link to send people elsewhere), else the map.
 */
export function pageAfterSignIn(next) {
  const home = new URL(HOME_PAGE, document.baseURI);
  if (!next) {
    return home;
  }
  let target;
  try {
    target = new URL(next, document.baseURI);
  } catch {
    return home;
  }
  const base = new URL('.', document.baseURI);
  const ours = target.origin === base.origin && target.pathname.startsWith(base.pathname);
  const login = target.pathname.endsWith(`/${LOGIN_PAGE}`);
  return ours && !login ? target : home;
}

/** This page relative to the application's root, with its query and fragment (e.g. `people.html`). */
function currentPage() {
  const base = new URL('.', document.baseURI);
  const here = new URL(window.location.href);
  const path = here.pathname.startsWith(base.pathname) ? here.pathname.slice(base.pathname.length) : here.pathname;
  return `${path || HOME_PAGE}${here.search}${here.hash}`;
}
