// Building page content from data: everything goes in with textContent, never as HTML, because
// names, codes and messages come from imported files and from the server.

import { t } from '../i18n/index.js';

/** How long a button waits for its confirming second click. */
const CONFIRM_MS = 4000;

/** A new element with an optional class and text, and children appended. */
export function element(tag, { className, text } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

export function option(value, text) {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = text;
  return node;
}

/** An option labelled by a message, translated again when the language changes. */
export function translatedOption(value, key) {
  const node = option(value, t(key));
  node.dataset.i18n = key;
  return node;
}

/** A control with its label, translated again when the language changes. */
export function labelledField(control, key) {
  const label = element('label', { text: t(key) });
  label.dataset.i18n = key;
  label.htmlFor = control.id;
  return element('div', { className: 'field' }, label, control);
}

/**
 * A <dl> of [label, value, field] rows (rows with a null value are left out); each <dd> carries
 * data-field so that tests and styles can find it. A value may be a Node or text.
 */
export function fieldList(className, rows) {
  const list = element('dl', { className });
  for (const [label, value, field] of rows) {
    if (value === null || value === undefined) {
      continue;
    }
    const description = element('dd');
    description.dataset.field = field;
    if (value instanceof Node) {
      description.append(value);
    } else {
      description.textContent = String(value);
    }
    list.append(element('dt', { text: label }), description);
  }
  return list;
}

/** A table cell with a class and text (or children). */
export function cell(className, content) {
  const td = element('td', { className });
  if (content instanceof Node) {
    td.append(content);
  } else if (content !== undefined && content !== null) {
    td.textContent = String(content);
  }
  return td;
}

/** A one-cell row across the table that says there is nothing to show, or what went wrong. */
export function emptyRow(table, text, className = 'table-empty muted') {
  const td = element('td', { className, text });
  td.colSpan = table.querySelectorAll('thead th').length || 1;
  return element('tr', {}, td);
}

/**
 * A button that asks once more before acting: the first click turns it into "really?". After the action — done or
 * refused — it is offered again as it was, unless the page draws it anew.
 */
export function confirmingButton(labelKey, confirmKey, action) {
  const button = element('button', { className: 'button', text: t(labelKey) });
  button.type = 'button';
  let timer = null;
  button.addEventListener('click', () => {
    if (button.dataset.confirming === 'true') {
      clearTimeout(timer);
      Promise.resolve(action(button)).finally(() => {
        delete button.dataset.confirming;
        button.textContent = t(labelKey);
      });
      return;
    }
    button.dataset.confirming = 'true';
    button.textContent = t(confirmKey);
    timer = setTimeout(() => {
      delete button.dataset.confirming;
      button.textContent = t(labelKey);
    }, CONFIRM_MS);
  });
  return button;
}

/** Hands a file the page fetched (an export) to the browser's downloads under the given name. */
export function saveFile(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = element('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Freed later, not at once: a browser may still be reading the bytes after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
