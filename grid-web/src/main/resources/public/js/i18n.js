// Every string the page shows goes through t(); Chinese is the default, English is a switch
// remembered in localStorage.

const STORAGE_KEY = 'envgrid.lang';
const LANGUAGES = ['zh', 'en'];

const messages = {
  zh: {
    'app.title': '网格化环境监管平台',
    'app.subtitle': '网格分布图',
    'lang.switch': 'English',
    'lang.switch.label': 'Switch to English',
    'level.switcher': '网格层级',
    'tier.1': '一级网格',
    'tier.2': '二级网格',
    'tier.3': '三级网格',
    'tier.1.noun': '一级网格',
    'tier.2.noun': '二级网格',
    'tier.3.noun': '三级网格',
    'tier.1.hint': '镇、街道、园区',
    'tier.2.hint': '社区、村、网格',
    'tier.3.hint': '社区、村内的网格',
    'level.district': '区',
    'level.town': '镇',
    'level.street': '街道',
    'level.park': '园区',
    'level.community': '社区',
    'level.village': '村',
    'level.cell': '网格',
    'details.title': '网格信息',
    'details.empty': '点击地图上的网格查看详情',
    'details.name': '名称',
    'details.code': '编码',
    'details.level': '层级',
    'details.area': '面积',
    'details.parent': '上级网格',
    'details.parent.none': '无',
    'details.parent.select': '在地图上选中上级网格',
    'details.close': '关闭',
    'legend.title': '图例',
    'legend.district': '区界',
    'legend.parentBoundary': '一级网格边界',
    'legend.gap': '空白区域',
    'legend.count': '{label}（{count}）',
    'legend.gap.hint': '上级范围内未被下级网格覆盖的部分',
    'legend.sliver': '细小缝隙',
    'legend.selected': '选中的网格',
    'legend.showFindings': '显示空白区域与缝隙',
    'finding.GAP': '空白区域',
    'finding.SLIVER': '细小缝隙',
    'finding.OVERLAP': '重叠',
    'finding.OUTSIDE_PARENT': '超出上级范围',
    'finding.INVALID_GEOMETRY': '几何无效',
    'finding.severity.ERROR': '错误',
    'finding.severity.WARNING': '警告',
    'finding.area': '面积',
    'finding.codes': '相关网格',
    'finding.severity': '级别',
    'status.loading': '正在加载{tier}…',
    'status.loaded': '已显示 {count} 个{tier}',
    'status.loadedWithFindings': '已显示 {count} 个{tier}，{gaps} 处空白区域或缝隙',
    'status.empty': '暂无{tier}数据',
    'status.error': '加载失败：{detail}',
    'status.findingsError': '校验结果加载失败：{detail}',
    'error.network': '无法连接服务器',
    'error.http': '服务器返回 {status}',
    'map.label': '网格地图',
    'area.tiny': '不足 0.01',
  },
  en: {
    'app.title': 'Grid-based Environmental Supervision',
    'app.subtitle': 'Grid map',
    'lang.switch': '中文',
    'lang.switch.label': '切换到中文',
    'level.switcher': 'Grid level',
    'tier.1': 'First-level grids',
    'tier.2': 'Second-level grids',
    'tier.3': 'Third-level grids',
    'tier.1.noun': 'first-level grids',
    'tier.2.noun': 'second-level grids',
    'tier.3.noun': 'third-level grids',
    'tier.1.hint': 'towns, streets, parks',
    'tier.2.hint': 'communities, villages, cells',
    'tier.3.hint': 'cells inside communities and villages',
    'level.district': 'District',
    'level.town': 'Town',
    'level.street': 'Street',
    'level.park': 'Industrial park',
    'level.community': 'Community',
    'level.village': 'Village',
    'level.cell': 'Cell',
    'details.title': 'Grid details',
    'details.empty': 'Click a grid on the map to see its details',
    'details.name': 'Name',
    'details.code': 'Code',
    'details.level': 'Level',
    'details.area': 'Area',
    'details.parent': 'Parent grid',
    'details.parent.none': 'None',
    'details.parent.select': 'Select the parent grid on the map',
    'details.close': 'Close',
    'legend.title': 'Legend',
    'legend.district': 'District boundary',
    'legend.parentBoundary': 'First-level boundary',
    'legend.gap': 'Gap',
    'legend.count': '{label} ({count})',
    'legend.gap.hint': 'part of a parent that no child grid covers',
    'legend.sliver': 'Sliver',
    'legend.selected': 'Selected grid',
    'legend.showFindings': 'Show gaps and slivers',
    'finding.GAP': 'Gap',
    'finding.SLIVER': 'Sliver',
    'finding.OVERLAP': 'Overlap',
    'finding.OUTSIDE_PARENT': 'Outside parent',
    'finding.INVALID_GEOMETRY': 'Invalid geometry',
    'finding.severity.ERROR': 'Error',
    'finding.severity.WARNING': 'Warning',
    'finding.area': 'Area',
    'finding.codes': 'Grids',
    'finding.severity': 'Severity',
    'status.loading': 'Loading {tier}…',
    'status.loaded': 'Showing {count} {tier}',
    'status.loadedWithFindings': 'Showing {count} {tier}, {gaps} gaps or slivers',
    'status.empty': 'No {tier} yet',
    'status.error': 'Could not load: {detail}',
    'status.findingsError': 'Could not load validation findings: {detail}',
    'error.network': 'Cannot reach the server',
    'error.http': 'The server answered {status}',
    'map.label': 'Grid map',
    'area.tiny': 'under 0.01',
  },
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
 * Fills static markup: data-i18n sets the text, data-i18n-title / data-i18n-aria-label set
 * those attributes.
 */
export function applyTranslations(root) {
  document.documentElement.lang = locale();
  document.title = t('app.title');
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-title]').forEach((element) => {
    element.title = t(element.dataset.i18nTitle);
  });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  });
}
