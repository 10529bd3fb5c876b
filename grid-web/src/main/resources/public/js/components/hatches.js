// The SVG patterns that CSS fills hatched areas with — gaps, slivers, grids without a supervisor.
// A CSS fill: url(#…) reaches only patterns in the same document, so every map page gets them
// from here rather than from a copy in its markup.

const SVG = 'http://www.w3.org/2000/svg';
const DEFS_ID = 'map-hatches';

/** Stripes of `width` across a `size` tile turned by `angle`, on `background` (none: see-through). */
const HATCHES = [
  { id: 'gap-hatch', size: 8, angle: 45, background: '#fff4e6', stripe: '#fd7e14', width: 3.5 },
  { id: 'sliver-hatch', size: 6, angle: -45, background: '#fff5f5', stripe: '#e03131', width: 3 },
  // Over a choropleth colour, which must show through.
  { id: 'unstaffed-hatch', size: 8, angle: -45, background: null, stripe: '#212529', width: 1.5, opacity: 0.45 },
];

/** Puts the patterns into the page once; later calls find them there. */
export function ensureHatches() {
  if (document.getElementById(DEFS_ID)) {
    return;
  }
  const svg = document.createElementNS(SVG, 'svg');
  svg.id = DEFS_ID;
  svg.setAttribute('class', 'svg-defs');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const defs = document.createElementNS(SVG, 'defs');
  for (const hatch of HATCHES) {
    const pattern = svgElement('pattern', {
      id: hatch.id, width: hatch.size, height: hatch.size, patternUnits: 'userSpaceOnUse',
      patternTransform: `rotate(${hatch.angle})`,
    });
    if (hatch.background) {
      pattern.append(svgElement('rect', { width: hatch.size, height: hatch.size, fill: hatch.background }));
    }
    pattern.append(svgElement('rect', {
      width: hatch.width, height: hatch.size, fill: hatch.stripe, 'fill-opacity': hatch.opacity ?? 1,
    }));
    defs.append(pattern);
  }
  svg.append(defs);
  document.body.append(svg);
}

function svgElement(name, attributes) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, String(value)));
  return node;
}
