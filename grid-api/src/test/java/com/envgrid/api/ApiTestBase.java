package com.envgrid.api;

import com.envgrid.api.grid.EmptyLayer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;

/**
 * What the API tests stand on: a client of the application under test, its database, and the grid layer to start
 * over from. Each test class keeps its own {@code @MicronautTest} and {@code @Property} annotations.
 */
public abstract class ApiTestBase {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected Sql sql;

    @Inject
    protected EmptyLayer emptyLayer;
}
