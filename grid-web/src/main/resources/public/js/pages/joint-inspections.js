// Joint inspections (部门联合督查): the campaigns one sees by year and state; for administrators a form to set one up
// with its team (people of the directory, each under a department, one leader). A chosen campaign shows its team, its
// targets with the grid answering for each — administrators add more by grid, by the draws' filter or by a 双随机
// draw — and its findings grouped by department, with a form for team members (and administrators) to record one.

import {
  chooseJointTargets, closeJointCampaign, createJointCampaign, fetchDepartments, fetchDraws, fetchFile,
  fetchJointCampaign, fetchJointCampaigns, fetchPeople, recordJointFinding, uploadPhoto,
} from '../components/api.js';
import { newUuid, sha256Hex } from '../components/digest.js';
import { districtToday } from '../components/district-time.js';
import { cell, element, emptyRow, option, saveFile } from '../components/dom.js';
import { describeProblem, vocabularyName } from '../components/format.js';
import { startPage } from '../components/page.js';
import { t } from '../i18n/index.js';
import { vocabularyKeys } from '../i18n/vocabulary.js';

const $ = (selector) => document.querySelector(selector);
const page = startPage({ status: $('#joint-status') });
const state = { me: null, departments: [], people: [], campaign: null };

if (page.signedIn) {
  start();
}

async function start() {
  state.me = await page.me;
  $('#joint-year').value = districtToday().slice(0, 4);
  $('#joint-finding-date').value = districtToday();
  $('#joint-new-from').value = districtToday();
  $('#joint-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    showList();
  });
  $('#joint-create-form').addEventListener('submit', create);
  $('#joint-add-member').addEventListener('click', () => addMemberRow());
  $('#joint-targets-form').addEventListener('submit', chooseTargets);
  $('#joint-by').addEventListener('change', showTargetFields);
  $('#joint-record-form').addEventListener('submit', recordFinding);
  $('#joint-export').addEventListener('click', exportFindings);
  $('#joint-close').addEventListener('click', closeCampaign);
  vocabularyKeys('finding_category').forEach((key) => $('#joint-finding-category')
    .append(option(key, vocabularyName('category', key))));
  vocabularyKeys('severity').forEach((key) => $('#joint-finding-severity')
    .append(option(key, vocabularyName('severity', key))));
  showTargetFields();
  try {
    state.departments = await fetchDepartments();
    if (state.me?.role === 'admin') {
      state.people = await fetchPeople();
      $('#joint-create').hidden = false;
      addMemberRow(true);
    }
  } catch (error) {
    page.say('joint.failed', { detail: describeProblem(error) }, 'error');
  }
  await showList();
}

async function showList() {
  const body = $('.joint-table tbody');
  try {
    const list = await fetchJointCampaigns({ year: $('#joint-year').value, state: $('#joint-state').value });
    body.replaceChildren(...list.map((c) => {
      const title = element('button', { className: 'link-button', text: c.title });
      title.type = 'button';
      title.addEventListener('click', () => showCampaign(c.id));
      return element('tr', {}, cell('', title), cell('', c.theme), cell('', c.grid_name),
        cell('', `${c.period_from} – ${c.period_to}`), cell('', c.leader_name ?? '—'),
        cell('numeric', String(c.targets)), cell('numeric', String(c.findings)),
        cell('', t(`joint.state.${c.state}`)));
    }));
    if (!list.length) {
      body.append(emptyRow($('.joint-table'), t('joint.none')));
    }
  } catch (error) {
    page.say('joint.failed', { detail: describeProblem(error) }, 'error');
  }
}

/** A row of the new team: a person, their department, and whether they lead (the first row leads at first). */
function addMemberRow(leader = false) {
  const person = element('select', { className: 'joint-member-person' });
  person.append(option('', t('joint.choosePerson')),
    ...state.people.filter((p) => p.active !== false).map((p) => option(String(p.id), `${p.name}（${p.username}）`)));
  const department = element('select', { className: 'joint-member-department' });
  department.append(...activeDepartments().map((d) => option(d.code, d.name)));
  const lead = element('input', { className: 'joint-member-leader' });
  lead.type = 'radio';
  lead.name = 'leader';
  lead.checked = leader;
  const leadLabel = element('label', {}, lead, element('span', { text: t('joint.isLeader') }));
  const remove = element('button', { className: 'link-button', text: t('joint.removeMember') });
  remove.type = 'button';
  const row = element('li', { className: 'joint-member-row' }, person, department, leadLabel, remove);
  remove.addEventListener('click', () => row.remove());
  $('#joint-new-members').append(row);
}

function activeDepartments() {
  return state.departments.filter((d) => !d.retired);
}

async function create(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const members = [...document.querySelectorAll('.joint-member-row')]
    .filter((row) => row.querySelector('.joint-member-person').value)
    .map((row) => ({
      person_id: Number(row.querySelector('.joint-member-person').value),
      department: row.querySelector('.joint-member-department').value,
      leader: row.querySelector('.joint-member-leader').checked,
    }));
  try {
    const campaign = await createJointCampaign({
      id: newUuid(),
      title: form.get('title'),
      theme: form.get('theme'),
      grid: form.get('grid').trim(),
      period_from: form.get('from'),
      period_to: form.get('to'),
      members,
    });
    page.say('joint.created', { title: campaign.title }, 'success');
    event.target.reset();
    $('#joint-new-members').replaceChildren();
    addMemberRow(true);
    await showList();
    show(campaign);
  } catch (error) {
    page.say('joint.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function showCampaign(id) {
  try {
    show(await fetchJointCampaign(id));
  } catch (error) {
    page.say('joint.failed', { detail: describeProblem(error) }, 'error');
  }
}

function show(campaign) {
  state.campaign = campaign;
  $('#joint-detail').hidden = false;
  $('#joint-detail-title').textContent = `${campaign.title}（${campaign.theme}）`;
  $('#joint-detail-meta').textContent = t('joint.meta', {
    grid: campaign.grid_name, from: campaign.period_from, to: campaign.period_to,
    state: t(`joint.state.${campaign.state}`),
  });
  $('#joint-close').hidden = !campaign.may_manage;
  $('#joint-targets-form').hidden = !campaign.may_manage;
  $('#joint-record').hidden = !campaign.may_record || !campaign.targets.length;
  $('#joint-members').replaceChildren(...campaign.members.map((m) => element('li', {
    text: `${m.name} · ${m.department_name}${m.leader ? ` · ${t('joint.isLeader')}` : ''}`,
  })));
  showTargets(campaign);
  showFindings(campaign);
  recordForm(campaign);
  if (campaign.may_manage) {
    loadDraws();
  }
}

function showTargets(campaign) {
  const body = $('.joint-targets tbody');
  body.replaceChildren(...campaign.targets.map((target) => element('tr', {},
    cell('', `${target.name}（${target.code}）`), cell('', target.grid_name),
    cell('', t(`joint.by.${target.chosen_by}`) + (target.draw_id ? ` #${target.draw_id}` : '')))));
  if (!campaign.targets.length) {
    body.append(emptyRow($('.joint-targets'), t('joint.noTargets')));
  }
}

/** The findings under a heading per department, in the order the server gives (by department, then recorded). */
function showFindings(campaign) {
  const groups = campaign.by_department.map((d) => {
    const rows = campaign.findings.filter((f) => f.department === d.department).map((f) => element('tr', {},
      cell('', f.found_on), cell('', f.target_name), cell('', f.grid_name), cell('', f.category_name),
      cell('', f.severity_name), cell('', f.description), cell('', f.recorder_name)));
    const table = element('table', { className: 'data-table joint-finding-table' },
      element('thead', {}, element('tr', {}, ...['joint.foundOn', 'joint.target', 'joint.answeringGrid',
        'joint.category', 'joint.severity', 'joint.description', 'joint.recorder']
        .map((key) => element('th', { text: t(key) })))),
      element('tbody', {}, ...rows));
    return element('section', { className: 'joint-department' },
      element('h4', { text: t('joint.departmentFindings', { name: d.name, count: d.findings }) }), table);
  });
  $('#joint-findings').replaceChildren(...(groups.length ? groups
    : [element('p', { className: 'muted', text: t('joint.noFindings') })]));
}

/** The finding form: the campaign's targets; a department to choose only for an administrator off the team. */
function recordForm(campaign) {
  $('#joint-finding-target').replaceChildren(...campaign.targets.map((target) =>
    option(`${target.kind}:${target.code}`, `${target.name}（${target.grid_name}）`)));
  const department = $('#joint-finding-department');
  $('#joint-finding-department-field').hidden = Boolean(campaign.own_department);
  department.replaceChildren(...activeDepartments().map((d) => option(d.code, d.name)));
}

function showTargetFields() {
  const by = $('#joint-by').value;
  document.querySelectorAll('#joint-targets-form [data-by]').forEach((field) => {
    field.hidden = !field.dataset.by.split(' ').includes(by);
  });
}

async function loadDraws() {
  try {
    const draws = (await fetchDraws()).filter((d) => d.run_at);
    $('#joint-draw-id').replaceChildren(option('', t('joint.newDraw')),
      ...draws.map((d) => option(String(d.id), `#${d.id} ${d.title}（${d.period}）`)));
  } catch {
    // Without the list of draws a new draw is still made for the campaign.
  }
}

async function chooseTargets(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const by = form.get('by');
  const list = (text) => (text ?? '').split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);
  const filter = {
    ratings: list(form.get('ratings')).length ? list(form.get('ratings')) : null,
    industry: form.get('industry')?.trim() || null,
  };
  let choice;
  if (by === 'grid') {
    choice = { by, grids: list(form.get('grids')), as: form.get('as') };
  } else if (by === 'filter') {
    choice = { by, filter };
  } else if (form.get('drawId')) {
    choice = { by, draw_id: Number(form.get('drawId')) };
  } else {
    choice = { by, draw: { period: form.get('period'), count: Number(form.get('count')) || null, filter } };
  }
  try {
    show(await chooseJointTargets(state.campaign.id, choice));
    page.say('joint.targetsChosen', { count: state.campaign.targets.length }, 'success');
    await showList();
  } catch (error) {
    page.say('joint.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function recordFinding(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const [kind, ...code] = form.get('target').split(':');
  try {
    const photos = [];
    for (const file of $('#joint-finding-photos').files) {
      const sha256 = await sha256Hex(await file.arrayBuffer());
      await uploadPhoto(sha256, file, file.type);
      photos.push(sha256);
    }
    await recordJointFinding(state.campaign.id, {
      id: newUuid(),
      target_kind: kind,
      target_code: code.join(':'),
      category: form.get('category'),
      severity: form.get('severity'),
      description: form.get('description'),
      found_on: form.get('foundOn'),
      photos,
      department: state.campaign.own_department ? null : form.get('department'),
    });
    page.say('joint.recorded', {}, 'success');
    $('#joint-finding-description').value = '';
    $('#joint-finding-photos').value = '';
    await showCampaign(state.campaign.id);
    await showList();
  } catch (error) {
    page.say('joint.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function closeCampaign() {
  if (!window.confirm(t('joint.confirmClose', { title: state.campaign.title }))) {
    return;
  }
  try {
    show(await closeJointCampaign(state.campaign.id));
    await showList();
  } catch (error) {
    page.say('joint.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function exportFindings() {
  try {
    const { blob, filename } = await fetchFile(`api/joint-campaigns/${encodeURIComponent(state.campaign.id)}`
      + '/findings.xlsx', { fallbackName: 'joint-findings.xlsx' });
    saveFile(blob, filename);
  } catch (error) {
    page.say('joint.failed', { detail: describeProblem(error) }, 'error');
  }
}
