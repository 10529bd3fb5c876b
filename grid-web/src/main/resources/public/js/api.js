// Fetch wrappers for the grid API. A failed request becomes an ApiError carrying the
// RFC 9457 problem's detail, so the status line can say what the server said.

const ACCEPT_GEOJSON = 'application/geo+json, application/json;q=0.9, application/problem+json;q=0.8';

export class ApiError extends Error {
  /**
   * @param {string} message the problem's detail (or title) when the server sent one
   * @param {number} status HTTP status, 0 when the server could not be reached
   * @param {object|null} problem the parsed problem+json body, if any
   */
  constructor(message, status, problem = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** First-level (tier 1) or second-level (tier 2) grids as a GeoJSON FeatureCollection. */
export function fetchGrids({ tier, level, simplify } = {}) {
  return getJson('api/grids', { tier, level, simplify });
}

/** Coverage validation findings (gaps, slivers, overlaps…) as a GeoJSON FeatureCollection. */
export function fetchFindings() {
  return getJson('api/grids/validation');
}

async function getJson(path, params = {}) {
  // Relative to the page, so the UI also works when the API sits under a context path.
  const url = new URL(path, document.baseURI);
  Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null)
    .forEach(([name, value]) => url.searchParams.set(name, String(value)));

  let response;
  try {
    response = await fetch(url, { headers: { Accept: ACCEPT_GEOJSON } });
  } catch {
    // fetch rejects only when no answer came at all (server down, network gone).
    throw new ApiError('', 0, null);
  }
  if (!response.ok) {
    throw await errorFrom(response);
  }
  try {
    return await response.json();
  } catch {
    throw new ApiError('', response.status, null);
  }
}

async function errorFrom(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = await response.json();
      const message = problem.detail || problem.title || problem.message || '';
      return new ApiError(String(message), response.status, problem);
    } catch {
      // A body that is not JSON after all: report the status alone.
    }
  }
  return new ApiError('', response.status, null);
}
