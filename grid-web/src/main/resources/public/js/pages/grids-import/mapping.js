// The import page's mapping form: which of the file's own keys give a grid's code, name, level and parent (or the
// rule that finds the parent from the code), the coordinate system when the file has none, the boundary options and
// merge or replace — offered from what the server found in the file, and read back as the import's query parameters.

import { option, translatedOption } from '../../components/dom.js';
import { levelName } from '../../components/format.js';
import { t } from '../../i18n/index.js';
import { vocabularyKeys } from '../../i18n/vocabulary.js';

/** CGCS2000 and the Gauss–Krüger zones on it that the server reads (EPSG:4490, 4491–4554), and WGS84. */
const CRS_CHOICES = [
  { epsg: 4326, key: 'gridsImport.crs.wgs84' },
  { epsg: 4490, key: 'gridsImport.crs.cgcs2000' },
  ...zones(4491, 11, (i) => ({ key: 'gridsImport.crs.gk6Zone', params: { zone: 13 + i } })),
  ...zones(4502, 11, (i) => ({ key: 'gridsImport.crs.gk6Cm', params: { meridian: 75 + 6 * i } })),
  ...zones(4513, 21, (i) => ({ key: 'gridsImport.crs.gk3Zone', params: { zone: 25 + i } })),
  ...zones(4534, 21, (i) => ({ key: 'gridsImport.crs.gk3Cm', params: { meridian: 75 + 3 * i } })),
];

function zones(first, count, describe) {
  return Array.from({ length: count }, (_, i) => ({ epsg: first + i, ...describe(i) }));
}

/**
 * Binds the form. onChange() is called whenever the admin changes anything (a result shown for other choices is then
 * out of date).
 */
export function createMappingForm(form, { onChange }) {
  const fields = form.elements;
  const keyChoices = [...form.querySelectorAll('select[data-key-choice]')];
  const show = (id, shown) => {
    form.querySelector(`#${id}`).hidden = !shown;
  };
  let inspection = null;

  form.addEventListener('change', (event) => {
    if (event.target === fields.levelProperty || event.target === fields.parentRule) {
      arrange();
    }
    onChange();
  });
  form.addEventListener('input', () => onChange());

  /** Which fields apply: a fixed level without a level key, the parent key or the separator by the parent rule. */
  function arrange() {
    show('fixed-level-field', !fields.levelProperty.value);
    show('parent-property-field', fields.parentRule.value === 'property');
    show('parent-separator-field', fields.parentRule.value === 'strip-last-segment');
  }

  function fillKeys(keys, suggested = {}) {
    const byChoice = { codeProperty: 'code', nameProperty: 'name', levelProperty: 'level', parentProperty: 'parent' };
    for (const select of keyChoices) {
      const none = select.dataset.none;
      select.replaceChildren(...(none ? [translatedOption('', none)] : []),
        ...keys.map(({ key }) => option(key, key)));
      const wanted = suggested[byChoice[select.name]];
      select.value = keys.some(({ key }) => key === wanted) ? wanted : (none ? '' : keys[0]?.key ?? '');
    }
  }

  function fillLevels() {
    const chosen = fields.level.value;
    fields.level.replaceChildren(translatedOption('', 'gridsImport.mapping.chooseLevel'),
      ...vocabularyKeys('grid_level').map((level) => option(level, levelName(level))));
    fields.level.value = chosen;
  }

  /** The file's own coordinate system first (or the request to name one), then the ones the server knows. */
  function fillCrs() {
    fillCrsChoices(fields.crs, ownCrs(inspection) ? t('gridsImport.crs.fromFile', { name: crsName(inspection.crs) })
      : t('gridsImport.crs.none'));
  }

  return {
    /** Offers the keys of an inspected file with the server's suggestions chosen; the options stay as they were. */
    fill(found) {
      inspection = found;
      const keys = Array.isArray(found.keys) ? found.keys : [];
      fillKeys(keys, found.suggested ?? {});
      fillLevels();
      fillCrs();
      // The file was read in the coordinate system the admin named for it: the import is to use the same.
      if (found.crs?.source === 'parameter' && found.crs.epsg) {
        fields.crs.value = `EPSG:${found.crs.epsg}`;
      }
      const suggestedLevel = found.suggested?.level;
      if (suggestedLevel && !fields.levelProperty.value) {
        fields.level.value = vocabularyKeys('grid_level').includes(suggestedLevel) ? suggestedLevel : '';
      }
      // A file without properties (a district outline) names its one grid here.
      show('single-feature', keys.length === 0);
      fields.codeProperty.closest('.field').hidden = keys.length === 0;
      fields.nameProperty.closest('.field').hidden = keys.length === 0;
      arrange();
    },
    /** Names the choices again in the current language. */
    refresh() {
      fillLevels();
      fillCrs();
    },
    /**
     * The import's query parameters for the choices made (empty ones left out), or throws an Error whose message is
     * what is still to be chosen.
     */
    params() {
      const keyless = inspection && !(inspection.keys?.length);
      const value = (name) => fields[name].value.trim();
      if (keyless && !value('code')) {
        throw new Error(t('gridsImport.mapping.needCode'));
      }
      if (!fields.levelProperty.value && !fields.level.value) {
        throw new Error(t('gridsImport.mapping.needLevel'));
      }
      const params = {
        mode: fields.mode.value,
        level: fields.level.value,
        crs: fields.crs.value,
        layer: inspection?.layer ?? '',
        clipToParent: fields.clipToParent.checked ? 'true' : '',
        repair: fields.repair.checked ? 'true' : '',
        outsideParentToleranceM2: value('outsideParentToleranceM2'),
        district: value('district'),
      };
      if (keyless) {
        Object.assign(params, { code: value('code'), name: value('name') });
      } else {
        Object.assign(params, {
          codeProperty: fields.codeProperty.value,
          nameProperty: fields.nameProperty.value,
          levelProperty: fields.levelProperty.value,
        });
      }
      if (fields.parentRule.value === 'property') {
        params.parentProperty = fields.parentProperty.value;
      } else {
        params.parentRule = fields.parentRule.value;
        params.parentSeparator = fields.parentRule.value === 'strip-last-segment' ? fields.parentSeparator.value : '';
      }
      return Object.fromEntries(Object.entries(params).filter(([, chosen]) => chosen !== '' && chosen !== undefined));
    },
  };
}

/** Offers the coordinate systems the server reads in a select, after a first option '' labelled `first`. */
export function fillCrsChoices(select, first) {
  const chosen = select.value;
  select.replaceChildren(option('', first),
    ...CRS_CHOICES.map(({ epsg, key, params }) => option(`EPSG:${epsg}`, `${t(key, params)} (EPSG:${epsg})`)));
  select.value = chosen;
}

/** Whether the file names its coordinate system (not lon/lat taken as WGS84 for want of one). */
export function ownCrs(inspection) {
  return Boolean(inspection?.crs) && !['default', 'parameter'].includes(inspection.crs.source);
}

/** A coordinate system as the server names it: its name, else its EPSG code. */
export function crsName(crs) {
  return crs?.name || (crs?.epsg ? `EPSG:${crs.epsg}` : '—');
}
