// What the public complaint form (pages/complaint.js) and the staff's entry page for complaints by phone, letter or
// visit (pages/complaint-entry.js) share: the categories to choose from, the pin on the map, the form's error line
// and the receipt's fields and deadlines.

import { fieldList, translatedOption } from './dom.js';
import { formatInstant, vocabularyName } from './format.js';
import { L } from './leaflet.js';
import { t } from '../i18n/index.js';
import { vocabularyKeys } from '../i18n/vocabulary.js';

/** Six decimals: about 0.1 m, finer than any phone's fix. */
const COORDINATE_DIGITS = 6;
const PIN_STYLE = { radius: 9, color: '#c92a2a', weight: 3, fillColor: '#fa5252', fillOpacity: 0.8 };

/** The categories as the server names them, in its order: the same names Open311 and the staff pages use. */
export function addCategoryOptions(select) {
  select.append(...vocabularyKeys('complaint_category')
    .map((key) => translatedOption(key, `complaintCategory.${key}`)));
}

/** A longitude or latitude as the form sends it. */
export function roundCoordinate(value) {
  return Number(Number(value).toFixed(COORDINATE_DIGITS));
}

/** Puts the pin (created on the first call) at the point on the map, and returns it. */
export function movePin(map, pin, lon, lat) {
  if (pin) {
    return pin.setLatLng([lat, lon]);
  }
  return L.circleMarker([lat, lon], PIN_STYLE).addTo(map);
}

/** Shows the text on the form's error line; none hides it. */
export function showFormError(line, text) {
  line.textContent = text ?? '';
  line.hidden = !text;
}

/** The receipt's number, grid, state and deadlines, then the rows given, as a field list. */
export function receiptFields(className, receipt, ...rows) {
  return fieldList(className, [
    [t('complaint.field.number'), `#${receipt.id}`, 'id'],
    [t('complaint.field.district'), receipt.district_name ?? null, 'district'],
    [t('complaint.field.grid'), receipt.grid_name ?? '—', 'grid'],
    [t('complaint.field.state'), vocabularyName('complaintState', receipt.state), 'state'],
    [t('complaint.field.acceptBy'), formatDeadline(receipt.accept_by), 'accept_by'],
    [t('complaint.field.closeBy'), formatDeadline(receipt.close_by), 'close_by'],
    ...rows,
  ]);
}

/** A working-day deadline: a date as it is, an instant in local time. */
export function formatDeadline(text) {
  if (typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return text;
  }
  return formatInstant(text);
}
