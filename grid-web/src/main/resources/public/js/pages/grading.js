// The district's credit grades of a year (环保信用评价), for its administrators: every enterprise with its score and
// proposed, reviewed and published grade, filtered by year and grade; each links to its card's grade tab, where the
// grade is reviewed. The year is published here — once, frozen — and exported as Excel. A district's administrator
// sees their district; the city's choose one.

import { fetchFile, fetchGrading, fetchGrids, publishGrading } from '../components/api.js';
import { cell, confirmingButton, element, emptyRow, option, saveFile, translatedOption } from '../components/dom.js';
import { districtToday } from '../components/district-time.js';
import { describeProblem, formatInstant } from '../components/format.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';
import { gradeBadge } from './enterprise/grade.js';

const $ = (id) => document.getElementById(id);
const YEARS_SHOWN = 5;
const page = startPage({ status: $('grading-status') });
let shown = null;

if (page.signedIn) {
  start();
}

async function start() {
  const me = await page.me;
  if (me && !me.district) {
    await offerDistricts();
  }
  const thisYear = Number(districtToday().slice(0, 4));
  for (let year = thisYear; year > thisYear - YEARS_SHOWN; year -= 1) {
    $('grading-year').append(option(String(year), String(year)));
  }
  $('grading-grade').append(translatedOption('', 'grading.allGrades'),
    ...['green', 'blue', 'yellow', 'red'].map((grade) => translatedOption(grade, `grading.grade.${grade}`)));
  $('grading-year').addEventListener('change', load);
  $('grading-grade').addEventListener('change', load);
  $('grading-district').addEventListener('change', load);
  $('grading-export').addEventListener('click', exportSheet);
  onLanguageChange(render);
  load();
}

/** The city's districts to choose from, for the city's administrators; none offered with a single district. */
async function offerDistricts() {
  try {
    const districts = (await fetchGrids({ tier: 0, simplify: 1000 }))?.features ?? [];
    if (districts.length > 1) {
      $('grading-district').append(...districts.map((feature) => option(feature.properties.code,
        feature.properties.name ?? feature.properties.code)));
      $('grading-district-field').hidden = false;
    }
  } catch {
    // the server names the district it lists when it can
  }
}

/** The district chosen, or none: the caller's own or the city's only one. */
function district() {
  return $('grading-district').value || undefined;
}

async function load() {
  delete $('grading-table').dataset.loaded;
  try {
    shown = await fetchGrading($('grading-year').value,
      { district: district(), grade: $('grading-grade').value || undefined });
    render();
  } catch (error) {
    page.fail('grading.loadFailed', { detail: describeProblem(error) });
  }
}

function render() {
  if (!shown) {
    return;
  }
  const rows = $('grading-table').querySelector('tbody');
  rows.replaceChildren(...(shown.enterprises.length === 0
    ? [emptyRow($('grading-table'), t('grading.none'))]
    : shown.enterprises.map(line)));
  $('grading-state').textContent = shown.published
    ? t('grading.publishedAt', { at: formatInstant(shown.published_at) }) : t('grading.notPublished');
  const publish = confirmingButton('grading.publish', 'grading.publishConfirm', publishYear);
  publish.id = 'grading-publish-button';
  $('grading-publish').replaceChildren(...(shown.published ? [] : [publish]));
  $('grading-table').dataset.loaded = 'true';
}

function line(enterprise) {
  const link = element('a', { text: enterprise.name });
  link.href = `enterprise.html?code=${encodeURIComponent(enterprise.code)}#grade`;
  const row = element('tr', {}, cell('', link), cell('', enterprise.grid_code ?? '—'),
    cell('numeric', enterprise.score), cell('', gradeBadge(enterprise.proposed_grade)),
    cell('', gradeBadge(enterprise.reviewed_grade)), cell('', gradeBadge(enterprise.published_grade)));
  row.dataset.code = enterprise.code;
  return row;
}

async function publishYear() {
  try {
    shown = await publishGrading(shown.year, shown.district);
    page.say('grading.publishedNow', { year: shown.year });
    await load();
  } catch (error) {
    page.fail('grading.publishFailed', { detail: describeProblem(error) });
  }
}

async function exportSheet() {
  try {
    const year = $('grading-year').value;
    const { blob, filename } = await fetchFile(`api/grading/${encodeURIComponent(year)}.xlsx`,
      { params: { district: district() }, fallbackName: `credit-grades-${year}.xlsx` });
    saveFile(blob, filename);
  } catch (error) {
    page.fail('grading.loadFailed', { detail: describeProblem(error) });
  }
}
