package com.envgrid.api.features;

/** A link of the OGC API's resources: where, how it relates to the resource, its media type and title. */
record Link(String href, String rel, String type, String title) {
    static final String JSON = "application/json";
    static final String HTML = "text/html";
    static final String GEOJSON = "application/geo+json";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final String SCHEMA = "application/schema+json";
}
