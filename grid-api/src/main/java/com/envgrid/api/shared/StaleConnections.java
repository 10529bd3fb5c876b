package com.envgrid.api.shared;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Every connection borrowed from the pool is checked first. Hikari skips the check for a connection used within
 * the last 500 ms, and a PostgreSQL restart within that window would hand the next request a dead connection — a
 * failed request. The check (a round trip on an open connection) is set before the pool is made, which reads it
 * once; the timeouts that make an unreachable database answer within 2 s are in application.yml.
 */
@Singleton
class StaleConnections implements BeanCreatedEventListener<DatasourceConfiguration> {
    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        if (System.getProperty("com.zaxxer.hikari.aliveBypassWindowMs") == null) {
            System.setProperty("com.zaxxer.hikari.aliveBypassWindowMs", "0");
        }
        return event.getBean();
    }
}
