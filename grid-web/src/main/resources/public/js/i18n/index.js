// Every string the page shows goes through t(); Chinese is the default, English is a switch
// remembered in localStorage. The messages are one file per language (zh-CN.js, en.js) and the
// server's names of its vocabularies (vocabulary.js), which win over any word kept here.

import en from './en.js';
import { vocabularyMessages } from './vocabulary.js';
import zhCN from './zh-CN.js';

const STORAGE_KEY = 'envgrid.lang';
const LANGUAGES = ['zh', 'en'];

const messages = {
  zh: { ...zhCN, ...vocabularyMessages('zh-CN') },
  en: { ...en, ...vocabularyMessages('en') },
};

const listeners = new Set();
let language = readStoredLanguage();

function readStoredLanguage() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : 'zh';
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): fall back to the default.
    return 'zh';
  }
}

export function currentLanguage() {
  return language;
}

/** The BCP 47 tag for number formatting and the html lang attribute. */
export function locale() {
  return language === 'zh' ? 'zh-CN' : 'en';
}

export function t(key, params = {}) {
  const template = messages[language][key] ?? messages.zh[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

export function setLanguage(next) {
  if (!LANGUAGES.includes(next) || next === language) {
    return;
  }
  language = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, still switched for this page.
  }
  applyTranslations(document);
  listeners.forEach((listener) => listener(language));
}

export function toggleLanguage() {
  setLanguage(language === 'zh' ? 'en' : 'zh');
}

export function onLanguageChange(listener) {
  listeners.add(listener);
}

/**
 * Fills static markup: data-i18n sets the text, data-i18n-title / data-i18n-aria-label /
 * data-i18n-placeholder set those attributes.
 */
export function applyTranslations(root) {
  document.documentElement.lang = locale();
  // A page names its own title with data-i18n on <title>; the map page keeps the application's name.
  document.title = t(document.querySelector('title')?.dataset.i18n ?? 'app.title');
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-title]').forEach((element) => {
    element.title = t(element.dataset.i18nTitle);
  });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((element) => {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  });
}
