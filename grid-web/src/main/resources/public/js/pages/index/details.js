// The side panel that describes the selected grid. Everything from the data goes in with
// textContent: names and codes come from imported files.

import { formatAreaKm2, levelName } from '../../components/format.js';
import { createSelectionPanel } from '../../components/selection-panel.js';
import { t } from '../../i18n/index.js';

/**
 * Binds to the #grid-details markup. onSelectParent(code) is called when the parent is clicked
 * (only offered when canSelect(code) says the parent can be shown); onClose() when the panel is
 * dismissed.
 */
export function createDetailsPanel(root, { onSelectParent, canSelect, onClose }) {
  const empty = root.querySelector('.details-empty');
  const list = root.querySelector('.details-fields');
  const closeButton = root.querySelector('.details-close');

  function toggle(hasGrid) {
    root.dataset.state = hasGrid ? 'grid' : 'empty';
    empty.hidden = hasGrid;
    list.hidden = !hasGrid;
    if (closeButton) {
      closeButton.hidden = !hasGrid;
    }
  }

  function fill(fields, properties) {
    fields.name.textContent = properties.name ?? '—';
    fields.code.textContent = properties.code ?? '—';
    fields.level.textContent = levelName(properties.level);
    fields.level.dataset.level = properties.level ?? '';
    fields.area.textContent = formatAreaKm2(properties.area_km2);
    fields.area.dataset.value = String(properties.area_km2 ?? '');
    fields.parent.replaceChildren(parentContent(properties));
  }

  function parentContent(properties) {
    if (!properties.parent) {
      const none = document.createElement('span');
      none.className = 'muted';
      none.textContent = t('details.parent.none');
      return none;
    }
    const selectable = canSelect(properties.parent);
    const element = document.createElement(selectable ? 'button' : 'span');
    element.className = selectable ? 'parent-link' : 'parent-text';
    if (selectable) {
      element.type = 'button';
      element.title = t('details.parent.select');
      element.addEventListener('click', () => onSelectParent(properties.parent));
    }
    const name = document.createElement('span');
    name.className = 'parent-name';
    name.textContent = properties.parent_name ?? '';
    const code = document.createElement('span');
    code.className = 'parent-code';
    code.textContent = properties.parent;
    element.append(name, code);
    return element;
  }

  return createSelectionPanel(root, { names: ['name', 'code', 'level', 'area', 'parent'], fill, toggle, onClose });
}
