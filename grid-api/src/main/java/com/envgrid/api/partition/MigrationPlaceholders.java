package com.envgrid.api.partition;

import com.envgrid.api.shared.DistrictTime;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.Map;

/**
 * Gives the migrations the district's time zone as the placeholder {@code ${district_zone}}: V28 partitions by the
 * district's months. It stands in for Micronaut's default customizer of the default datasource, which adds the Java
 * migrations and callbacks declared as beans — the platform has none.
 */
@Singleton
@Named("default")
class MigrationPlaceholders implements FlywayConfigurationCustomizer {
    private final DistrictTime time;

    MigrationPlaceholders(DistrictTime time) {
        this.time = time;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.placeholders(Map.of("district_zone", time.zone().getId()));
    }

    @Override
    public String getName() {
        return "default";
    }
}
