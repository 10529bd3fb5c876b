package com.envgrid.api.partition;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code envgrid.partitions}: how many months after the current one have their partitions made ahead
 * ({@code months-ahead}), and how often the platform looks ({@code check-every}, see {@link MonthPartitions}).
 */
@ConfigurationProperties("envgrid.partitions")
record PartitionSettings(int monthsAhead) {
    PartitionSettings {
        if (monthsAhead < 0) {
            throw new IllegalArgumentException("envgrid.partitions.months-ahead (ENVGRID_PARTITIONS_MONTHS_AHEAD) is "
                    + monthsAhead + ": give the number of months after the current one, 0 or more");
        }
    }
}
