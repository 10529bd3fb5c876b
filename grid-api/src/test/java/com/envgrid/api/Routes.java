package com.envgrid.api;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.List;
import java.util.Set;

/**
 * Every route the application serves, as the router knows it — {@code "POST /api/people/{id}/assignments"} —, so
 * that tests which must cover every route fail when a new one appears without a row of its own.
 */
public final class Routes {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private Routes() {
    }

    /** All routes, sorted, each as method, a space and the URI template. */
    public static List<String> all(Router router) {
        return router.uriRoutes()
                .map(Routes::describe)
                .distinct()
                .sorted()
                .toList();
    }

    /** The routes that change something: POST, PUT, PATCH and DELETE. */
    public static List<String> writes(Router router) {
        return all(router).stream().filter(route -> WRITES.contains(route.substring(0, route.indexOf(' ')))).toList();
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
    }
}
