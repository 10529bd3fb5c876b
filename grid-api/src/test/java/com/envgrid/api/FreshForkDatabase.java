package com.envgrid.api;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * An application context that would clean this JVM's database and migrate it (the tests' {@code clean-schema}) gets a
 * fresh copy of a database migrated once per JVM instead ({@link ForkDatabase#freshCopy}): the same schema, data and
 * functions, without running the migrations again at every start. It acts before the context's connection pool
 * opens, and leaves a context that keeps the database as it is ({@code clean-schema: false}: a second node, a
 * restart) alone. Flyway still runs after it and finds every migration applied.
 */
@Singleton
class FreshForkDatabase implements BeanCreatedEventListener<DatasourceConfiguration> {
    private final BeanContext context;

    FreshForkDatabase(BeanContext context) {
        this.context = context;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        var qualifier = Qualifiers.<FlywayConfigurationProperties>byName(datasource.getName());
        context.findBean(FlywayConfigurationProperties.class, qualifier)
                .filter(flyway -> flyway.isEnabled() && flyway.isCleanSchema())
                .filter(flyway -> ForkDatabase.isThisJvms(datasource.getUrl()))
                .filter(flyway -> ForkDatabase.freshCopy(migrations(datasource.getName(), flyway)))
                .ifPresent(flyway -> flyway.setCleanSchema(false));
        return datasource;
    }

    /** Flyway configured as the context's own migration run configures it (micronaut-flyway's forceRun). */
    private FluentConfiguration migrations(String name, FlywayConfigurationProperties flyway) {
        FluentConfiguration migrations = Flyway.configure().configuration(flyway.getFluentConfiguration())
                .configuration(flyway.getProperties());
        context.findBean(FlywayConfigurationCustomizer.class, Qualifiers.byName(name))
                .ifPresent(customizer -> customizer.customizeFluentConfiguration(migrations));
        return migrations;
    }
}
