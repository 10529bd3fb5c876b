// The public list of a year's credit grades (环保信用评价结果公示), for anyone, signed in or not: the green (环保诚信)
// and red (环保不良) enterprises of the published lists, as the practice makes public. It asks the public API without
// a token and never goes to the login page.

import { fetchPublicGrading } from '../components/api.js';
import { cell, element, emptyRow, option } from '../components/dom.js';
import { districtToday } from '../components/district-time.js';
import { describeProblem } from '../components/format.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';
import { gradeBadge } from './enterprise/grade.js';

const $ = (id) => document.getElementById(id);
const YEARS_SHOWN = 5;
const { fail } = startPage({ signIn: false, status: $('public-grades-status') });
let shown = null;

const asked = new URLSearchParams(window.location.search).get('year');
const thisYear = Number(districtToday().slice(0, 4));
for (let year = thisYear; year > thisYear - YEARS_SHOWN; year -= 1) {
  $('public-grades-year').append(option(String(year), String(year)));
}
// the latest list published is last year's for most of a year; a link may name an older one
const wanted = /^\d{4}$/.test(asked ?? '') ? asked : String(thisYear - 1);
if (!$('public-grades-year').querySelector(`option[value="${wanted}"]`)) {
  $('public-grades-year').append(option(wanted, wanted));
}
$('public-grades-year').value = wanted;
$('public-grades-year').addEventListener('change', load);
onLanguageChange(render);
load();

async function load() {
  delete $('public-grades').dataset.loaded;
  try {
    shown = await fetchPublicGrading($('public-grades-year').value);
    render();
  } catch (error) {
    fail('grading.loadFailed', { detail: describeProblem(error) });
  }
}

function render() {
  if (!shown) {
    return;
  }
  $('public-grades').querySelector('tbody').replaceChildren(...(shown.length === 0
    ? [emptyRow($('public-grades'), t('grading.public.none'))]
    : shown.map((line) => {
      const row = element('tr', {}, cell('', gradeBadge(line.grade)), cell('', line.name), cell('', line.code),
        cell('', line.district));
      row.dataset.code = line.code;
      row.dataset.grade = line.grade;
      return row;
    })));
  $('public-grades').dataset.loaded = 'true';
}
