// The enterprise card (企业档案): one supervised object's facts, and its tabs — the record (inspections, duties,
// cases and the alerts the platform raised), its credit grade, its remediation plan (一厂一策), hazardous waste and
// radiation. enterprise.html?code=<code>#<tab> opens a tab; each tab is a module of ./enterprise/<tab>.js answering
// mountTab(panel, card), loaded the first time it is shown, and shown again on every switch.

import { fetchGrid, fetchSource, fetchZones } from '../components/api.js';
import { startPage } from '../components/page.js';
import { describeProblem } from '../components/format.js';
import { createSourcePanel } from './index/source-details.js';

const elements = {
  status: document.getElementById('enterprise-status'),
  facts: document.getElementById('source-details'),
  tabs: document.getElementById('enterprise-tabs'),
};
const page = startPage({ status: elements.status });
const code = new URLSearchParams(window.location.search).get('code');
const mounted = new Map(); // tab name → the promise of its module's answer

if (page.signedIn) {
  start();
}

async function start() {
  if (!code) {
    page.fail('enterprise.noCode');
    return;
  }
  try {
    const [collection, me] = await Promise.all([fetchSource(code), page.me]);
    const source = collection.features[0].properties;
    // The names are a courtesy: without them the codes are shown.
    const [grid, zones] = await Promise.all([
      source.grid ? fetchGrid(source.grid).catch(() => null) : null,
      source.zone ? fetchZones().catch(() => null) : null]);
    const zone = zones?.features?.find((feature) => feature.properties?.code === source.zone);
    const facts = createSourcePanel(elements.facts, {
      describeGrid: () => grid?.properties?.name ?? null,
      describeZone: () => zone?.properties?.name ?? null,
      onClose: () => {},
    });
    facts.show(source);
    document.title = `${source.name} · ${document.title}`;
    const card = { code, source, me, say: page.say, fail: page.fail };
    elements.tabs.hidden = false;
    elements.tabs.addEventListener('click', (event) => {
      const tab = event.target.closest('[role="tab"]');
      if (tab) {
        window.location.hash = tab.dataset.tab;
      }
    });
    window.addEventListener('hashchange', () => show(card));
    show(card);
  } catch (error) {
    page.fail('enterprise.loadFailed', { detail: describeProblem(error) });
  }
}

/** Shows the tab the address names (the first tab when it names none or an unknown one). */
function show(card) {
  const tabs = [...elements.tabs.querySelectorAll('[role="tab"]')];
  const wanted = window.location.hash.slice(1);
  const current = tabs.find((tab) => tab.dataset.tab === wanted) ?? tabs[0];
  for (const tab of tabs) {
    const selected = tab === current;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
  }
  const name = current.dataset.tab;
  const panel = document.getElementById(current.getAttribute('aria-controls'));
  if (!mounted.has(name)) {
    mounted.set(name, import(`./enterprise/${name}.js`).then((module) => module.mountTab(panel, card)));
  }
  mounted.get(name)
    .then((tab) => tab?.shown?.())
    .catch((error) => page.fail('enterprise.loadFailed', { detail: describeProblem(error) }));
}
