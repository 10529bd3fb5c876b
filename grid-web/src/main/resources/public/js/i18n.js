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
    'nav.label': '页面',
    'nav.map': '网格地图',
    'nav.people': '人员与分工',
    'session.logout': '退出登录',
    'session.signedIn': '当前用户',
    'role.admin': '区局管理员',
    'role.viewer': '区级查看员',
    'role.chief': '网格长',
    'role.supervisor': '网格员',
    'duty.chief': '网格长',
    'duty.supervisor': '网格员',
    'login.pageTitle': '登录 · 网格化环境监管平台',
    'login.subtitle': '请登录',
    'login.title': '登录',
    'login.username': '用户名',
    'login.password': '密码',
    'login.submit': '登录',
    'login.submitting': '正在登录…',
    'login.missing': '请输入用户名和密码',
    'login.rejected': '用户名或密码错误',
    'login.signedOut': '登录已失效或尚未登录，请先登录',
    'people.pageTitle': '人员与分工 · 网格化环境监管平台',
    'people.subtitle': '人员与分工',
    'people.title': '人员',
    'people.count': '共 {count} 人',
    'people.col.name': '姓名',
    'people.col.username': '用户名',
    'people.col.role': '角色',
    'people.col.phone': '电话',
    'people.col.state': '状态',
    'people.col.assignments': '当前分工',
    'people.col.actions': '操作',
    'people.active': '在岗',
    'people.inactive': '已停用',
    'people.none': '暂无人员',
    'people.noAssignments': '无',
    'people.self': '本人',
    'people.since': '自 {date} 起',
    'people.until': '至 {date}',
    'people.assign': '分配网格',
    'people.deactivate': '停用',
    'people.deactivate.confirm': '确认停用？',
    'people.release': '解除',
    'people.release.confirm': '确认解除？',
    'people.release.label': '解除 {grid} 的{duty}职务',
    'assign.title': '为 {name} 分配网格',
    'assign.grid': '网格',
    'assign.grid.choose': '请选择网格',
    'assign.grid.unstaffed': '{label} · 无网格员',
    'assign.grid.loading': '正在加载网格…',
    'assign.duty': '职务',
    'assign.startsOn': '开始日期',
    'assign.startsOn.hint': '留空为今天',
    'assign.submit': '分配',
    'assign.cancel': '取消',
    'assign.noGrids': '没有可分配的网格',
    'form.title': '新增人员',
    'form.name': '姓名',
    'form.username': '用户名',
    'form.password': '初始密码',
    'form.phone': '手机号',
    'form.role': '角色',
    'form.submit': '新增',
    'form.required': '请填写{field}',
    'unstaffed.title': '无人负责的网格',
    'unstaffed.count': '无人负责的网格（{count}）',
    'unstaffed.hint': '本网格及其上级网格均无在岗网格员',
    'unstaffed.none': '所有网格均有网格员负责',
    'unstaffed.loading': '正在加载…',
    'unstaffed.more': '另有 {count} 个未列出',
    'people.status.loading': '正在加载人员…',
    'people.status.loaded': '已加载 {count} 人',
    'people.status.error': '加载失败：{detail}',
    'people.status.failed': '操作失败：{detail}',
    'people.status.working': '正在提交…',
    'people.status.created': '已新增 {name}（{username}）',
    'people.status.assigned': '已将 {name} 分配到 {grid}，职务：{duty}',
    'people.status.released': '已解除 {name} 在 {grid} 的{duty}职务',
    'people.status.deactivated': '已停用 {name}',
    'error.forbidden': '当前角色无权进行此操作',
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
    'nav.label': 'Pages',
    'nav.map': 'Grid map',
    'nav.people': 'People and duties',
    'session.logout': 'Sign out',
    'session.signedIn': 'Signed in',
    'role.admin': 'District administrator',
    'role.viewer': 'District viewer',
    'role.chief': 'Grid chief',
    'role.supervisor': 'Grid supervisor',
    'duty.chief': 'Grid chief',
    'duty.supervisor': 'Grid supervisor',
    'login.pageTitle': 'Sign in · Grid-based Environmental Supervision',
    'login.subtitle': 'Please sign in',
    'login.title': 'Sign in',
    'login.username': 'Username',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.submitting': 'Signing in…',
    'login.missing': 'Enter your username and password',
    'login.rejected': 'Wrong username or password',
    'login.signedOut': 'Your session has ended or you are not signed in: please sign in',
    'people.pageTitle': 'People and duties · Grid-based Environmental Supervision',
    'people.subtitle': 'People and duties',
    'people.title': 'People',
    'people.count': '{count} people',
    'people.col.name': 'Name',
    'people.col.username': 'Username',
    'people.col.role': 'Role',
    'people.col.phone': 'Phone',
    'people.col.state': 'Status',
    'people.col.assignments': 'Current duties',
    'people.col.actions': 'Actions',
    'people.active': 'Active',
    'people.inactive': 'Deactivated',
    'people.none': 'No people yet',
    'people.noAssignments': 'None',
    'people.self': 'you',
    'people.since': 'from {date}',
    'people.until': 'until {date}',
    'people.assign': 'Assign to a grid',
    'people.deactivate': 'Deactivate',
    'people.deactivate.confirm': 'Really deactivate?',
    'people.release': 'Release',
    'people.release.confirm': 'Really release?',
    'people.release.label': 'Release the {duty} duty in {grid}',
    'assign.title': 'Assign {name} to a grid',
    'assign.grid': 'Grid',
    'assign.grid.choose': 'Choose a grid',
    'assign.grid.unstaffed': '{label} · no supervisor',
    'assign.grid.loading': 'Loading grids…',
    'assign.duty': 'Duty',
    'assign.startsOn': 'Starts on',
    'assign.startsOn.hint': 'empty for today',
    'assign.submit': 'Assign',
    'assign.cancel': 'Cancel',
    'assign.noGrids': 'No grid to assign',
    'form.title': 'New person',
    'form.name': 'Name',
    'form.username': 'Username',
    'form.password': 'Initial password',
    'form.phone': 'Mobile phone',
    'form.role': 'Role',
    'form.submit': 'Add',
    'form.required': 'Enter the {field}',
    'unstaffed.title': 'Grids nobody supervises',
    'unstaffed.count': 'Grids nobody supervises ({count})',
    'unstaffed.hint': 'no active supervisor on the grid or any grid above it',
    'unstaffed.none': 'Every grid has a supervisor',
    'unstaffed.loading': 'Loading…',
    'unstaffed.more': '{count} more not listed',
    'people.status.loading': 'Loading people…',
    'people.status.loaded': '{count} people loaded',
    'people.status.error': 'Could not load: {detail}',
    'people.status.failed': 'Not done: {detail}',
    'people.status.working': 'Sending…',
    'people.status.created': 'Added {name} ({username})',
    'people.status.assigned': 'Assigned {name} to {grid} as {duty}',
    'people.status.released': 'Released {name} from the {duty} duty in {grid}',
    'people.status.deactivated': 'Deactivated {name}',
    'error.forbidden': 'Your role may not do this',
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
}
