package com.envgrid.api.people;

import com.envgrid.api.access.GridTarget;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.LocalDate;

/** Request bodies of the people API. */
public final class PeopleRequests {
    private PeopleRequests() {
    }

    /** A new person; {@code district}: the code or name of the district their account is bound to (none: the city). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record NewPerson(@Nullable String name, @Nullable String username, @Nullable String password,
                     @Nullable String phone, @Nullable String role, @Nullable String email,
                     @Nullable String district) {
        @Creator
        public NewPerson {
        }

        /** A person reached by phone only, bound to no district. */
        public NewPerson(String name, String username, String password, String phone, String role) {
            this(name, username, password, phone, role, null, null);
        }

        @Override
        public String toString() {
            return "NewPerson[username=" + username + ", role=" + role + "]"; // never the password
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record NewAssignment(@Nullable String gridCode, @Nullable String duty, @Nullable LocalDate startsOn)
            implements GridTarget {
    }

    /** A person's phone and e-mail, both replaced (a blank or absent one is removed). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Contact(@Nullable String phone, @Nullable String email) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Release(@Nullable LocalDate endsOn) {
    }

    /** The district an account is to be bound to: a district grid's code or name; null or blank: the whole city. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Binding(@Nullable String district) {
    }

    /** The signed-in person's current password and the one to replace it. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[]"; // never the passwords
        }
    }
}
