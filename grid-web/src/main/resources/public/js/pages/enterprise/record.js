// The enterprise card's record tab: the recent inspections, duties and cases (as on the map's panel) and every
// alert the platform raised about the enterprise — hazardous waste, radiation licences — with the case it opened.

import { fetchEnterpriseAlerts } from '../../components/api.js';
import { element } from '../../components/dom.js';
import { createSourceHistory } from '../../components/grid-staff.js';
import { describeProblem } from '../../components/format.js';
import { onLanguageChange, t } from '../../i18n/index.js';

export function mountTab(panel, card) {
  const history = element('div', { className: 'source-history' },
    element('h3', { className: 'history-heading', text: t('sourceHistory.title') }),
    element('div', { className: 'source-history-list' }));
  const alertList = element('ul', { className: 'enterprise-alerts' });
  panel.replaceChildren(history,
    element('h3', { className: 'history-heading', text: t('enterprise.alerts.title') }),
    alertList);
  createSourceHistory(history).show(card.code);

  let alerts = null;
  let failure = null;
  function render() {
    if (failure) {
      alertList.replaceChildren(element('li', { className: 'field-error',
        text: t('enterprise.alerts.error', { detail: describeProblem(failure) }) }));
      return;
    }
    if (!alerts) {
      alertList.replaceChildren(element('li', { className: 'muted', text: t('sourceHistory.loading') }));
      return;
    }
    alertList.replaceChildren(...(alerts.length === 0
      ? [element('li', { className: 'muted', text: t('enterprise.alerts.none') })]
      : alerts.map(alertItem)));
    alertList.dataset.loaded = 'true';
  }
  function load() {
    fetchEnterpriseAlerts(card.code)
      .then((loaded) => {
        alerts = loaded;
        failure = null;
      })
      .catch((error) => {
        failure = error;
      })
      .finally(render);
  }
  onLanguageChange(render);
  render();
  // the card calls shown() as soon as the tab is mounted, and on every later switch to it: that is the one load
  return { shown: load };
}

function alertItem(alert) {
  const item = element('li', { className: 'enterprise-alert' },
    element('span', { className: 'alert-date', text: alert.raised_on }),
    element('strong', { text: t(`enterprise.alert.${alert.kind}`) }),
    element('span', { text: alert.detail }));
  item.dataset.kind = alert.kind;
  if (alert.case_id) {
    const link = element('a', { text: t('enterprise.alerts.case', { id: alert.case_id }) });
    link.href = `cases.html?case=${encodeURIComponent(alert.case_id)}`;
    item.append(link);
  }
  return item;
}
