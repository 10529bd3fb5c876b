// What the map page's side panels share: a panel showing the one thing selected on the map (a grid, a supervised
// object) in the [data-field] elements of its markup, emptied when nothing is, and closed by its close button.

/**
 * Binds to the panel's markup. fill(fields, properties) writes the shown thing into the fields (by name);
 * toggle(shown) shows or hides what depends on whether anything is shown; onClose() is called when the panel is
 * dismissed. Answers show(properties), clear(), code (the shown thing's) and refresh() to render again in the
 * current language.
 */
export function createSelectionPanel(root, { names, fill, toggle, onClose }) {
  const fields = Object.fromEntries(names.map((name) => [name, root.querySelector(`[data-field="${name}"]`)]));
  let shown = null;

  root.querySelector('.details-close')?.addEventListener('click', () => onClose());

  function render() {
    toggle(Boolean(shown));
    if (!shown) {
      Object.values(fields).forEach((field) => field?.replaceChildren());
      root.removeAttribute('data-code');
      return;
    }
    root.dataset.code = shown.code ?? '';
    fill(fields, shown);
  }

  return {
    show(properties) {
      shown = properties ?? null;
      render();
    },
    clear() {
      shown = null;
      render();
    },
    get code() {
      return shown?.code ?? null;
    },
    refresh: render,
  };
}
