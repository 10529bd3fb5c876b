// Loads that may overlap — a filter or a period chosen again while the last answer is on its way: only the latest
// load's answer, or its failure, reaches the page; an earlier one that comes back late is dropped.

/**
 * A loader whose calls supersede each other: load(fetch, { loaded, failed, settled }) runs fetch() and, if no
 * later call was made meanwhile, calls loaded(answer) or failed(error) (also when loaded throws), then settled().
 * It answers whether the call was still the latest when it ended.
 */
export function latestOnly() {
  let latest = 0;
  return async (fetch, { loaded, failed, settled = () => {} }) => {
    const request = ++latest;
    try {
      const answer = await fetch();
      if (request === latest) {
        loaded(answer);
      }
    } catch (error) {
      if (request === latest) {
        failed(error);
      }
    } finally {
      if (request === latest) {
        settled();
      }
    }
    return request === latest;
  };
}

/**
 * A latestOnly loader that fills a list or table: while it loads the element is aria-busy and has no data-loaded
 * (the page sets that when it draws the answer), so that a test or a screen reader knows it is not there yet.
 */
export function listLoader(list) {
  const load = latestOnly();
  return (fetch, handlers) => {
    list.setAttribute('aria-busy', 'true');
    delete list.dataset.loaded;
    return load(fetch, { ...handlers, settled: () => list.removeAttribute('aria-busy') });
  };
}
