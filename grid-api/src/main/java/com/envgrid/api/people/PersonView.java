package com.envgrid.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the caller may see them: {@code phone} and {@code email} are personal data and are absent for those
 * who may not;
 * {@code locked} (some client must wait before trying their password again) only administrators see, who may unlock;
 * {@code district} and {@code districtName}: the district the account is bound to, absent for the whole city.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record PersonView(long id, String name, String username, String role, boolean active,
                         @Nullable String phone, @Nullable String email, List<AssignmentView> assignments,
                         @Nullable Boolean locked, @Nullable String district, @Nullable String districtName) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record AssignmentView(long id, long personId, String gridCode, String gridName, String duty,
                                 LocalDate startsOn, @Nullable LocalDate endsOn) {
    }
}
