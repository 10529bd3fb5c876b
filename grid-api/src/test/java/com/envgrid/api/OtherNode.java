package com.envgrid.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/**
 * A second application node beside the test's own: another application context and HTTP server on the same test
 * database, as a deployment runs several behind a load balancer. It starts on the schema the first node migrated
 * (never cleaning it) and with the test configuration plus {@code properties}.
 */
public final class OtherNode implements AutoCloseable {
    private final EmbeddedServer server;
    private final HttpClient http;

    private OtherNode(EmbeddedServer server) {
        this.server = server;
        this.http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    public static OtherNode start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("flyway.datasources.default.clean-schema", false);
        return new OtherNode(ApplicationContext.run(EmbeddedServer.class, all, "test"));
    }

    public HttpClient http() {
        return http;
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    @Override
    public void close() {
        http.close();
        server.getApplicationContext().close();
    }
}
