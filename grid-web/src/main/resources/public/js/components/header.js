// The header every page shares: the brand and the language switch; on staff pages also who is signed in (name,
// role and district from GET /api/me), the links to the pages their role may use, and signing out.

import { onLanguageChange, t } from '../i18n/index.js';
import { fetchMe } from './api.js';
import { element } from './dom.js';
import { scopedRoleName } from './format.js';
import { rememberedMe, rememberMe, signOut } from './session.js';

/** Roles that manage people: administrators everyone, grid chiefs the supervisors in their grid. */
export const MANAGING_ROLES = ['admin', 'chief'];

/**
 * The links each role is offered (the server refuses the rest anyway). Links not listed here —
 * the map, the coverage map, the cases, the duties — are for everyone signed in (the server
 * scopes what they show); the field page is for those who record inspections.
 */
const NAV_ROLES = {
  'nav-field': ['admin', 'chief', 'supervisor'],
  'nav-complaints': ['admin', 'chief', 'supervisor'],
  'nav-people': MANAGING_ROLES,
  'nav-rules': ['admin'],
  'nav-draws': ['admin'],
  'nav-notifications': ['admin'],
  'nav-grids-import': ['admin'],
  'nav-review': ['admin', 'viewer'],
  'nav-grading': ['admin'],
  'nav-inspections': ['admin', 'chief'],
  'nav-joint-inspections': ['admin', 'chief'],
  'nav-emergencies': ['admin', 'chief'],
  'nav-pilots': ['admin', 'chief'],
  'nav-publicity': ['admin', 'chief'],
  'nav-directory-import': ['admin'],
  'nav-onboarding': ['admin'],
  'nav-siting': ['admin', 'viewer'],
};

/** The pages of the header's navigation, in order; those with a role list start hidden. */
const PAGES = [
  { page: 'map', id: 'nav-map', href: 'index.html' },
  { page: 'coverage', id: 'nav-coverage', href: 'coverage.html' },
  { page: 'review', id: 'nav-review', href: 'review.html' },
  { page: 'grading', id: 'nav-grading', href: 'grading.html' },
  { page: 'siting', id: 'nav-siting', href: 'siting.html' },
  { page: 'duties', id: 'nav-duties', href: 'duties.html' },
  { page: 'field', id: 'nav-field', href: 'field.html' },
  { page: 'cases', id: 'nav-cases', href: 'cases.html' },
  { page: 'inspections', id: 'nav-inspections', href: 'inspections.html' },
  { page: 'joint-inspections', id: 'nav-joint-inspections', href: 'joint-inspections.html' },
  { page: 'complaints', id: 'nav-complaints', href: 'complaints.html' },
  { page: 'emergencies', id: 'nav-emergencies', href: 'emergencies.html' },
  { page: 'pilots', id: 'nav-pilots', href: 'pilots.html' },
  { page: 'publicity', id: 'nav-publicity', href: 'publicity.html' },
  { page: 'people', id: 'nav-people', href: 'people.html' },
  { page: 'rules', id: 'nav-rules', href: 'rules.html' },
  { page: 'draws', id: 'nav-draws', href: 'draws.html' },
  { page: 'notifications', id: 'nav-notifications', href: 'notifications.html' },
  { page: 'directory-import', id: 'nav-directory-import', href: 'directory-import.html' },
  { page: 'onboarding', id: 'nav-onboarding', href: 'onboarding.html' },
  { page: 'grids-import', id: 'nav-grids-import', href: 'grids-import.html' },
  { page: 'api-keys', id: 'nav-api-keys', href: 'api-keys.html' },
];

/** The public pages' own links (a page without one, the login page, has no navigation). */
const PUBLIC_PAGES = {
  complaint: { id: 'nav-complaint', href: 'complaint.html', key: 'complaint.new' },
  'public-draw': { id: 'nav-public-draws', href: 'public-draw.html', key: 'public.all' },
  'public-grades': { id: 'nav-public-grades', href: 'public-grades.html', key: 'grading.public.all' },
};

/**
 * Builds the header of the page this module is loaded in, once, in one place. A staff page's
 * `<header class="app-header" data-page="…" data-subtitle="<i18n key>">` gets the brand, the
 * navigation (the current page marked), the signed-in person, the language switch and sign-out;
 * a public page's `<header class="app-header" data-public="…" data-subtitle="…">` the brand, its
 * own link and the language switch. Anything the page put inside it (the map's level switcher)
 * stays between brand and navigation. It runs when the module is first imported, so the page's
 * own script finds the header built.
 */
function buildHeader() {
  const header = document.querySelector('header.app-header[data-page], header.app-header[data-public]');
  if (!header) {
    return;
  }
  const mark = element('span', { className: 'brand-mark' });
  mark.setAttribute('aria-hidden', 'true');
  const brand = element('div', { className: 'brand' }, mark, element('div', {},
    translated(element('h1'), 'app.title'),
    translated(element('p', { className: 'brand-subtitle' }), header.dataset.subtitle)));
  const language = translated(element('button', { className: 'language-switch' }), 'lang.switch');
  language.type = 'button';
  language.id = 'language-switch';
  language.dataset.i18nAriaLabel = 'lang.switch.label';
  header.prepend(brand);
  if (header.dataset.public !== undefined) {
    const own = PUBLIC_PAGES[header.dataset.public];
    header.append(...(own ? [navigation([own])] : []), language);
    return;
  }
  const links = PAGES.map(({ page, id, href }) => {
    const link = { id, href, key: `nav.${page}`, hidden: id in NAV_ROLES };
    return page === header.dataset.page ? { ...link, current: true } : link;
  });
  const session = element('div', { className: 'session' },
    element('span', { className: 'signed-in-name' }), element('span', { className: 'role-badge' }));
  session.setAttribute('role', 'group');
  session.dataset.i18nAriaLabel = 'session.signedIn';
  session.children[0].id = 'signed-in-name';
  session.children[1].id = 'signed-in-role';
  const logout = translated(element('button', { className: 'header-button' }), 'session.logout');
  logout.type = 'button';
  logout.id = 'logout';
  header.append(navigation(links), session, language, logout);
}

/** The navigation: a link per { id, href, key (its text), hidden, current }. */
function navigation(links) {
  const nav = element('nav', { className: 'app-nav' });
  nav.dataset.i18nAriaLabel = 'nav.label';
  for (const { id, href, key, hidden = false, current = false } of links) {
    const link = translated(element('a'), key);
    link.id = id;
    link.href = href;
    link.hidden = hidden;
    if (current) {
      link.setAttribute('aria-current', 'page');
    }
    nav.append(link);
  }
  return nav;
}

function translated(node, key) {
  node.dataset.i18n = key;
  node.textContent = t(key);
  return node;
}

buildHeader();

/**
 * Binds #signed-in-name, #signed-in-role, #logout and the #nav-… links, loads the signed-in person
 * and returns them (or null when /api/me failed for another reason than a 401, which leaves the page; without a
 * network, the person this tab last loaded).
 */
export async function mountSessionHeader() {
  const name = document.getElementById('signed-in-name');
  const role = document.getElementById('signed-in-role');
  document.getElementById('logout')?.addEventListener('click', () => signOut());

  let me;
  try {
    me = await fetchMe();
    rememberMe(me);
  } catch (error) {
    // no answer at all (no network): who this tab signed in as, if it knows
    me = error?.status === 0 ? rememberedMe() : null;
    if (!me) {
      console.warn('Signed-in person not available', error);
      return null;
    }
  }
  const render = () => {
    name.textContent = me.name || me.username || '';
    name.title = me.username ?? '';
    role.textContent = scopedRoleName(me);
    role.dataset.role = me.role ?? '';
  };
  render();
  onLanguageChange(render);
  for (const [id, roles] of Object.entries(NAV_ROLES)) {
    const link = document.getElementById(id);
    if (link) {
      link.hidden = !roles.includes(me.role);
    }
  }
  // A supervisor's duties are their own; everyone else sees the duties of the grids they may read.
  const duties = document.getElementById('nav-duties');
  if (duties) {
    duties.dataset.i18n = me.role === 'supervisor' ? 'nav.myDuties' : 'nav.duties';
    duties.textContent = t(duties.dataset.i18n);
  }
  document.body.dataset.role = me.role ?? '';
  return me;
}
