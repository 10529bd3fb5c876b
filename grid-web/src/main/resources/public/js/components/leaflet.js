// Leaflet from its WebJar, for the pages with a map. Leaflet 1.9 is not an ES module: it is added as a classic
// script of this server (which the Content-Security-Policy allows), its stylesheet before the application's so that
// ours wins, and the modules that draw maps take L from here once it has loaded. Without it (the WebJar missing)
// L is undefined and the pages say that there is no map.

const LEAFLET = 'webjars/leaflet/1.9.4/dist/';

await Promise.all([addStylesheet(`${LEAFLET}leaflet.css`), addScript(`${LEAFLET}leaflet.js`)]);

/** Leaflet's namespace, or undefined when it could not be loaded. */
export const L = window.L;

/** Adds a classic script of this server; settles when it has run or failed (the page then goes on without it). */
export function addScript(src) {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => {
      console.warn(`${src} could not be loaded`);
      resolve();
    });
    document.head.append(script);
  });
}

/** Adds a library's stylesheet before the application's own (css/app.css), so that the application's rules win. */
export function addStylesheet(href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const application = document.head.querySelector('link[rel="stylesheet"][href$="css/app.css"]');
  if (application) {
    application.before(link);
  } else {
    document.head.append(link);
  }
  return new Promise((resolve) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
  });
}
