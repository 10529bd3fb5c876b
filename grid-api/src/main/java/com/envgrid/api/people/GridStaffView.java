package com.envgrid.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A person answering for a grid today, on the grid itself ({@code own}) or on a grid above it, with their post there
 * ({@code chief} or {@code supervisor}); {@code phone} is personal data and absent for those who may not see it.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record GridStaffView(long personId, String name, String post, String gridCode, String gridName, boolean own,
                           @Nullable String phone) {
}
