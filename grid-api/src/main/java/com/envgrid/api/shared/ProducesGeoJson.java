package com.envgrid.api.shared;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that answers GeoJSON: it produces {@code application/geo+json} and, for clients that ask for plain
 * JSON (GDAL sends {@code Accept: text/plain, application/json}), {@code application/json}, so that neither gets a
 * 406. The route sets {@link GeoJson#MEDIA_TYPE}; {@link GeoJsonNegotiation} decides which of the two the answer
 * is labelled.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Produces({GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public @interface ProducesGeoJson {
}
