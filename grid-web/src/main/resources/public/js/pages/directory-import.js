// The directory import page (administrators): the bureau's pollution-source directory from its own spreadsheet —
// Excel .xlsx/.xls or CSV, the sheet chosen from those in the workbook, coordinates in lon/lat or a Gauss–Krüger
// zone —, tried first (a dry run reports every bad row by its row, cell and column), the bad rows downloadable as
// an .xlsx with a 原因 column to correct and send again, then imported. Beside it, river segments and protection
// zones from GeoJSON, GeoPackage or zipped Shapefile. The server reads and checks everything; the page sends the
// file as it is and shows what the server said, with textContent.

import {
  fetchRejectedRows,
  importBoundaryFile,
  importDirectory,
  inspectDirectoryFile,
} from '../components/api.js';
import { cell, element, emptyRow, option, saveFile, translatedOption } from '../components/dom.js';
import { describeProblem } from '../components/format.js';
import { startPage } from '../components/page.js';
import { currentLanguage, onLanguageChange, t } from '../i18n/index.js';

const state = {
  file: null,
  sheets: [],
  inspected: null, // what the server found in the file: sheets, header row, columns
  report: null, // the last dry run's (or import's) report, null before one
  busy: false,
};

const elements = {
  status: document.getElementById('directory-status'),
  form: document.getElementById('directory-form'),
  file: document.getElementById('directory-file'),
  sheetField: document.getElementById('directory-sheet-field'),
  sheet: document.getElementById('directory-sheet'),
  columns: document.getElementById('directory-columns'),
  crs: document.getElementById('directory-crs'),
  dryRun: document.getElementById('directory-dry-run'),
  accept: document.getElementById('directory-accept'),
  download: document.getElementById('directory-download'),
  summary: document.getElementById('directory-summary'),
  problemsWrap: document.getElementById('directory-problems-wrap'),
  problems: document.getElementById('directory-problems'),
  boundaryForm: document.getElementById('boundary-form'),
  boundaryKind: document.getElementById('boundary-kind'),
  boundaryFile: document.getElementById('boundary-file'),
  boundaryCrs: document.getElementById('boundary-crs'),
  boundaryLayer: document.getElementById('boundary-layer'),
  boundaryResult: document.getElementById('boundary-result'),
};

const page = startPage({ status: elements.status });
const { say, fail } = page;

if (page.signedIn) {
  fillBoundaryCrs();
  elements.file.addEventListener('change', () => chooseFile(elements.file.files[0] ?? null));
  elements.sheet.addEventListener('change', () => inspect());
  elements.crs.addEventListener('change', () => forgetReport());
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    run({ dryRun: true });
  });
  elements.accept.addEventListener('click', () => run({ dryRun: false }));
  elements.download.addEventListener('click', () => downloadRejected());
  elements.boundaryForm.addEventListener('submit', (event) => {
    event.preventDefault();
    uploadBoundary();
  });
  onLanguageChange(() => {
    renderReport();
    renderColumns();
  });
  page.me.then((me) => {
    if (me && me.role !== 'admin') {
      say('directoryImport.adminOnly', {}, 'error');
      elements.form.querySelectorAll('input, select, button').forEach((control) => { control.disabled = true; });
      elements.boundaryForm.querySelectorAll('input, select, button').forEach((control) => { control.disabled = true; });
    }
  });
}

/** The boundary files' system: read from the file unless one is chosen; the same zones as the directory's. */
function fillBoundaryCrs() {
  elements.boundaryCrs.append(translatedOption('', 'crs.fromFile'));
  [...elements.crs.options].filter((o) => o.value).forEach((o) => elements.boundaryCrs.append(option(o.value, o.textContent)));
}

// The directory

async function chooseFile(file) {
  state.file = file;
  state.sheets = [];
  state.inspected = null;
  elements.sheet.replaceChildren();
  elements.sheetField.hidden = true;
  forgetReport();
  if (file) {
    await inspect();
  }
}

/** Lists the workbook's sheets and the header found in the one chosen. */
async function inspect() {
  forgetReport();
  const sheet = elements.sheet.value || undefined;
  try {
    const found = await inspectDirectoryFile(state.file, { sheet });
    state.inspected = found;
    if (found.sheets.length > 0 && state.sheets.length === 0) {
      state.sheets = found.sheets;
      elements.sheet.replaceChildren(...found.sheets.map((name) => option(name, name)));
      elements.sheet.value = found.sheet;
    }
    elements.sheetField.hidden = found.sheets.length === 0;
    renderColumns();
    say('directoryImport.status.inspected', { rows: found.rows });
  } catch (error) {
    state.inspected = null;
    renderColumns();
    fail('directoryImport.status.unreadable', error);
  }
}

function renderColumns() {
  const found = state.inspected;
  elements.columns.textContent = found?.header_row
    ? t('directoryImport.header', { row: found.header_row, columns: found.columns.filter(Boolean).join('、') })
    : '';
}

function options() {
  return { sheet: state.sheets.length > 0 ? elements.sheet.value : undefined, crs: elements.crs.value || undefined };
}

async function run({ dryRun }) {
  if (!state.file) {
    say('directoryImport.status.noFile', {}, 'error');
    return;
  }
  if (state.busy) {
    return;
  }
  state.busy = true;
  setBusy(true);
  say(dryRun ? 'directoryImport.status.checking' : 'directoryImport.status.importing');
  const skipBad = !dryRun && (state.report?.bad ?? 0) > 0;
  try {
    state.report = await importDirectory(state.file, { ...options(), dryRun, skipBad });
    if (dryRun) {
      say(state.report.bad > 0 ? 'directoryImport.status.checkedWithProblems' : 'directoryImport.status.checked',
        { good: state.report.good, bad: state.report.bad }, state.report.bad > 0 ? 'warning' : 'success');
    } else {
      say('directoryImport.status.imported', { added: state.report.added, updated: state.report.updated }, 'success');
    }
  } catch (error) {
    state.report = error.problem?.report ?? null;
    fail('directoryImport.status.failed', error);
  } finally {
    state.busy = false;
    setBusy(false);
    renderReport();
  }
}

function setBusy(busy) {
  elements.dryRun.disabled = busy;
  elements.accept.disabled = busy || !mayAccept();
}

/** Accepting needs a dry run of this file with rows to import, not yet written. */
function mayAccept() {
  const report = state.report;
  return Boolean(report && report.dry_run && report.good > 0);
}

function forgetReport() {
  state.report = null;
  renderReport();
}

function renderReport() {
  const report = state.report;
  elements.accept.disabled = state.busy || !mayAccept();
  elements.accept.textContent = report?.dry_run && report.bad > 0
    ? t('directoryImport.acceptGood', { good: report.good })
    : t('directoryImport.accept');
  elements.download.hidden = !(report && report.bad > 0 && report.format !== 'geojson');
  elements.summary.textContent = report ? summary(report) : '';
  const problems = report?.problems ?? [];
  elements.problemsWrap.hidden = !report;
  const tbody = elements.problems.tBodies[0];
  tbody.replaceChildren(...(problems.length === 0
    ? [emptyRow(elements.problems, t('directoryImport.noProblems'))]
    : problems.map((problem) => element('tr', {},
      cell('problem-row', problem.line),
      cell('problem-cell', problem.cell ?? ''),
      cell('problem-column', problem.column ?? ''),
      cell('problem-message', said(problem))))));
}

/** The problem in the page's language: the server says each in Chinese and in English. */
function said(problem) {
  return currentLanguage() === 'zh' ? problem.message_zh ?? problem.message : problem.message;
}

function summary(report) {
  const where = [report.format?.toUpperCase(), report.sheet, report.crs].filter(Boolean).join(' · ');
  const key = report.written ? 'directoryImport.summary.written' : 'directoryImport.summary.dryRun';
  return t(key, {
    where, rows: report.rows, good: report.good, bad: report.bad, added: report.added, updated: report.updated,
  });
}

async function downloadRejected() {
  try {
    const { blob, filename } = await fetchRejectedRows(state.file, options());
    saveFile(blob, filename);
    say('directoryImport.status.downloaded', { count: state.report?.bad ?? 0 }, 'success');
  } catch (error) {
    fail('directoryImport.status.downloadFailed', error);
  }
}

// Rivers and protection zones

async function uploadBoundary() {
  const file = elements.boundaryFile.files[0];
  if (!file) {
    sayBoundary(t('directoryImport.status.noFile'), 'error');
    return;
  }
  const kind = elements.boundaryKind.value;
  sayBoundary(t('boundaryImport.uploading'), 'info');
  try {
    const answer = await importBoundaryFile(kind, file, {
      crs: elements.boundaryCrs.value || undefined,
      layer: elements.boundaryLayer.value.trim() || undefined,
    });
    sayBoundary(t(`boundaryImport.done.${kind}`, { count: answer.imported }), 'success');
  } catch (error) {
    sayBoundary(t('boundaryImport.failed', { detail: describeProblem(error) }), 'error');
  }
}

/** The upload's outcome under its form; the note stays hidden until there is something to say. */
function sayBoundary(text, kind) {
  elements.boundaryResult.textContent = text;
  elements.boundaryResult.dataset.kind = kind;
  elements.boundaryResult.hidden = false;
}
