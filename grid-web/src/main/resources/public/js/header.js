// The header every signed-in page shares: who is signed in (name and role from GET /api/me), the
// links to the pages their role may use, and signing out.

import { fetchMe } from './api.js';
import { roleName } from './format.js';
import { onLanguageChange, t } from './i18n.js';
import { signOut } from './session.js';

/** Roles that manage people: administrators everyone, grid chiefs the supervisors in their grid. */
export const MANAGING_ROLES = ['admin', 'chief'];

/**
 * The links each role is offered (the server refuses the rest anyway). Links not listed here —
 * the map, the cases, the duties — are for everyone signed in; the field page is for those who
 * record inspections.
 */
const NAV_ROLES = {
  'nav-field': ['admin', 'chief', 'supervisor'],
  'nav-complaints': ['admin', 'chief', 'supervisor'],
  'nav-people': MANAGING_ROLES,
  'nav-rules': ['admin'],
  'nav-draws': ['admin'],
};

/**
 * Binds #signed-in-name, #signed-in-role, #logout and the #nav-… links, loads the signed-in person
 * and returns them (or null when /api/me failed for another reason than a 401, which leaves the page).
 */
export async function mountSessionHeader() {
  const name = document.getElementById('signed-in-name');
  const role = document.getElementById('signed-in-role');
  document.getElementById('logout')?.addEventListener('click', () => signOut());

  let me;
  try {
    me = await fetchMe();
  } catch (error) {
    console.warn('Signed-in person not available', error);
    return null;
  }
  const render = () => {
    name.textContent = me.name || me.username || '';
    name.title = me.username ?? '';
    role.textContent = roleName(me.role);
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
