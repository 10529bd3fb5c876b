package com.envgrid.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A person's account; {@code mustChangePassword}: someone else chose the password, the person must replace it;
 * {@code districtCode}: the district the account is bound to (null: the whole city).
 */
@MappedEntity("person")
record PersonRow(@Id @GeneratedValue @Nullable Long id, String name, String username, String passwordHash,
                 @Nullable String phone, @Nullable String email, String role, boolean active,
                 Instant createdAt, @Nullable Instant deactivatedAt, boolean mustChangePassword,
                 @Nullable String districtCode) {
}
