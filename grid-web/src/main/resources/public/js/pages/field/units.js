// The field page's distances and sizes, as people read them in the current language.

import { locale, t } from '../../i18n/index.js';

export function formatMetres(metres) {
  if (typeof metres !== 'number' || !Number.isFinite(metres)) {
    return '—';
  }
  return t('unit.metres', { value: new Intl.NumberFormat(locale(), { maximumFractionDigits: metres < 10 ? 1 : 0 }).format(metres) });
}

export function formatDistance(metres) {
  if (metres >= 1000) {
    return t('unit.kilometres', { value: new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(metres / 1000) });
  }
  return formatMetres(metres);
}

export function formatBytes(bytes) {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) {
    return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(mb)} MB`;
  }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}
