// The header every signed-in page shares: who is signed in (name and role from GET /api/me), the
// link to the people page for those who manage people, and signing out.

import { fetchMe } from './api.js';
import { roleName } from './format.js';
import { onLanguageChange } from './i18n.js';
import { signOut } from './session.js';

/** Roles that manage people: administrators everyone, grid chiefs the supervisors in their grid. */
export const MANAGING_ROLES = ['admin', 'chief'];

/**
 * Binds #signed-in-name, #signed-in-role, #logout and #nav-people, loads the signed-in person and
 * returns them (or null when /api/me failed for another reason than a 401, which leaves the page).
 */
export async function mountSessionHeader() {
  const name = document.getElementById('signed-in-name');
  const role = document.getElementById('signed-in-role');
  const people = document.getElementById('nav-people');
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
  if (people) {
    people.hidden = !MANAGING_ROLES.includes(me.role);
  }
  document.body.dataset.role = me.role ?? '';
  return me;
}
