// Plain geometry on GeoJSON coordinates ([lon, lat]) for placing labels. It only picks a point
// on screen and never measures anything, so degrees (with longitude scaled by cos(latitude) to
// keep shapes square) are good enough.

const PRECISION_STEPS = 60; // search stops at 1/60 of the polygon's shorter side
const MAX_PROBES = 2000;

/**
 * Where a polygon's label should sit: the pole of inaccessibility of its largest part, i.e. the
 * inside point farthest from any edge or hole (the approach of Mapbox's polylabel). Unlike the
 * centroid it never falls outside a concave grid or into a park cut out of a town.
 * Returns [lat, lon] for Leaflet, or null for geometries that are not areas.
 */
export function labelPoint(geometry) {
  const polygon = largestPolygon(geometry);
  if (!polygon) {
    return null;
  }
  const xScale = Math.cos((polygon[0][0][1] * Math.PI) / 180) || 1;
  const rings = polygon.map((ring) => ring.map(([x, y]) => [x * xScale, y]));
  const [x, y] = poleOfInaccessibility(rings);
  return [y, x / xScale];
}

function largestPolygon(geometry) {
  if (!geometry) {
    return null;
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates
      : [];
  let largest = null;
  let largestArea = -1;
  for (const polygon of polygons) {
    if (!polygon?.length || polygon[0].length < 4) {
      continue;
    }
    const area = Math.abs(signedArea(polygon[0]));
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  return largest;
}

function poleOfInaccessibility(rings) {
  const [minX, minY, maxX, maxY] = bbox(rings[0]);
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.min(width, height);
  if (cellSize === 0) {
    return [minX, minY];
  }
  const precision = cellSize / PRECISION_STEPS;

  // Cover the box with square cells, then keep splitting the cells that could still hold a
  // better point than the best found so far.
  const queue = new MaxHeap((a, b) => a.potential - b.potential);
  const half = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) {
      queue.push(cell(x + half, y + half, half, rings));
    }
  }
  let best = cell(...(ringCentroid(rings[0]) ?? [minX + width / 2, minY + height / 2]), 0, rings);
  const boxCentre = cell(minX + width / 2, minY + height / 2, 0, rings);
  if (boxCentre.distance > best.distance) {
    best = boxCentre;
  }

  let probes = 0;
  while (queue.size && probes < MAX_PROBES) {
    const current = queue.pop();
    probes += 1;
    if (current.distance > best.distance) {
      best = current;
    }
    if (current.potential - best.distance <= precision) {
      continue;
    }
    const h = current.half / 2;
    queue.push(
      cell(current.x - h, current.y - h, h, rings),
      cell(current.x + h, current.y - h, h, rings),
      cell(current.x - h, current.y + h, h, rings),
      cell(current.x + h, current.y + h, h, rings),
    );
  }
  return [best.x, best.y];
}

/** A binary max-heap: the search always refines the most promising cell next. */
class MaxHeap {
  constructor(compare) {
    this.items = [];
    this.compare = compare;
  }

  get size() {
    return this.items.length;
  }

  push(...values) {
    for (const value of values) {
      const items = this.items;
      items.push(value);
      let i = items.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.compare(items[i], items[parent]) <= 0) {
          break;
        }
        [items[i], items[parent]] = [items[parent], items[i]];
        i = parent;
      }
    }
  }

  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let largest = i;
        if (left < items.length && this.compare(items[left], items[largest]) > 0) {
          largest = left;
        }
        if (right < items.length && this.compare(items[right], items[largest]) > 0) {
          largest = right;
        }
        if (largest === i) {
          break;
        }
        [items[i], items[largest]] = [items[largest], items[i]];
        i = largest;
      }
    }
    return top;
  }
}

function cell(x, y, half, rings) {
  const distance = signedDistance(x, y, rings);
  // The best any point in this cell could reach: its centre's distance plus the half-diagonal.
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** Distance from (x, y) to the polygon's boundary: positive inside, negative outside. */
function signedDistance(x, y, rings) {
  let inside = false;
  let minSquared = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i];
      const [bx, by] = ring[j];
      if ((ay > y) !== (by > y) && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) {
        inside = !inside;
      }
      minSquared = Math.min(minSquared, segmentDistanceSquared(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSquared);
}

function segmentDistanceSquared(px, py, ax, ay, bx, by) {
  let x = ax;
  let y = ay;
  let dx = bx - ax;
  let dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

function signedArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum / 2;
}

function ringCentroid(ring) {
  const area = signedArea(ring);
  if (area === 0) {
    return null;
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    cx += (ring[j][0] + ring[i][0]) * cross;
    cy += (ring[j][1] + ring[i][1]) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

function bbox(ring) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}
