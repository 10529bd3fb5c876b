// Leaflet.markercluster from its WebJar, which adds L.markerClusterGroup for the coverage map's points. Like Leaflet
// it is a classic script, loaded once Leaflet has defined L.

import { addScript, addStylesheet } from './leaflet.js';

const CLUSTER = 'webjars/leaflet-markercluster/1.4.1/';

await Promise.all([addStylesheet(`${CLUSTER}MarkerCluster.css`), addScript(`${CLUSTER}leaflet.markercluster.js`)]);
