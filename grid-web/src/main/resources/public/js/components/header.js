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
  'nav-supervision-orders': ['admin', 'chief', 'supervisor'],
};

/**
 * The pages of the header's navigation, in order; those with a role list start hidden. The daily pages stand
 * alone; the rest sit in menus (a group), so that the header stays one line however many pages there are.
 */
const PAGES = [
  { page: 'map', id: 'nav-map', href: 'index.html' },
  { page: 'coverage', id: 'nav-coverage', href: 'coverage.html' },
  { page: 'duties', id: 'nav-duties', href: 'duties.html' },
  { page: 'field', id: 'nav-field', href: 'field.html' },
  { page: 'cases', id: 'nav-cases', href: 'cases.html' },
  { page: 'complaints', id: 'nav-complaints', href: 'complaints.html' },
  { page: 'review', id: 'nav-review', href: 'review.html', group: 'oversight' },
  { page: 'grading', id: 'nav-grading', href: 'grading.html', group: 'oversight' },
  { page: 'inspections', id: 'nav-inspections', href: 'inspections.html', group: 'oversight' },
  { page: 'joint-inspections', id: 'nav-joint-inspections', href: 'joint-inspections.html', group: 'oversight' },
  { page: 'supervision-orders', id: 'nav-supervision-orders', href: 'supervision-orders.html', group: 'oversight' },
  { page: 'draws', id: 'nav-draws', href: 'draws.html', group: 'oversight' },
  { page: 'siting', id: 'nav-siting', href: 'siting.html', group: 'programmes' },
  { page: 'emergencies', id: 'nav-emergencies', href: 'emergencies.html', group: 'programmes' },
  { page: 'pilots', id: 'nav-pilots', href: 'pilots.html', group: 'programmes' },
  { page: 'publicity', id: 'nav-publicity', href: 'publicity.html', group: 'programmes' },
  { page: 'people', id: 'nav-people', href: 'people.html', group: 'administration' },
  { page: 'rules', id: 'nav-rules', href: 'rules.html', group: 'administration' },
  { page: 'notifications', id: 'nav-notifications', href: 'notifications.html', group: 'administration' },
  { page: 'directory-import', id: 'nav-directory-import', href: 'directory-import.html', group: 'administration' },
  { page: 'onboarding', id: 'nav-onboarding', href: 'onboarding.html', group: 'administration' },
  { page: 'grids-import', id: 'nav-grids-import', href: 'grids-import.html', group: 'administration' },
  { page: 'api-keys', id: 'nav-api-keys', href: 'api-keys.html', group: 'administration' },
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
  const links = PAGES.map(({ page, id, href, group }) => {
    const link = { id, href, group, key: `nav.${page}`, hidden: id in NAV_ROLES };
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

/**
 * The navigation: a link per { id, href, key (its text), group, hidden, current }. Links of a group go into one
 * menu, placed where its first link is: a `<details id="nav-group-…">` whose summary names it; the menu of the
 * current page is marked current. One menu is open at a time; Escape or a click elsewhere closes it.
 */
function navigation(links) {
  const nav = element('nav', { className: 'app-nav' });
  nav.dataset.i18nAriaLabel = 'nav.label';
  const menus = new Map();
  for (const { id, href, key, group, hidden = false, current = false } of links) {
    const link = translated(element('a'), key);
    link.id = id;
    link.href = href;
    link.hidden = hidden;
    if (current) {
      link.setAttribute('aria-current', 'page');
    }
    if (!group) {
      nav.append(link);
      continue;
    }
    if (!menus.has(group)) {
      const menu = element('details', { className: 'nav-group' },
        translated(element('summary'), `nav.group.${group}`), element('div', { className: 'nav-menu' }));
      menu.id = `nav-group-${group}`;
      menus.set(group, menu);
      nav.append(menu);
    }
    const menu = menus.get(group);
    menu.lastChild.append(link);
    if (current) {
      menu.classList.add('current');
    }
  }
  for (const menu of menus.values()) {
    menu.addEventListener('toggle', () => {
      if (menu.open) {
        menus.forEach((other) => { other.open = other === menu; });
      }
    });
  }
  document.addEventListener('click', (event) => {
    menus.forEach((menu) => { menu.open = menu.open && menu.contains(event.target); });
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      menus.forEach((menu) => { menu.open = false; });
    }
  });
  syncMenus(nav);
  return nav;
}

/** A menu shows when its role may use one of its pages at least. */
function syncMenus(nav) {
  for (const menu of nav.querySelectorAll('.nav-group')) {
    menu.hidden = [...menu.querySelectorAll('a')].every((link) => link.hidden);
  }
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
  document.querySelectorAll('.app-nav').forEach(syncMenus);
  // A supervisor's duties are their own; everyone else sees the duties of the grids they may read.
  const duties = document.getElementById('nav-duties');
  if (duties) {
    duties.dataset.i18n = me.role === 'supervisor' ? 'nav.myDuties' : 'nav.duties';
    duties.textContent = t(duties.dataset.i18n);
  }
  document.body.dataset.role = me.role ?? '';
  return me;
}
