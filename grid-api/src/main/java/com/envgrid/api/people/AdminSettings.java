package com.envgrid.api.people;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * {@code envgrid.admin}: the first administrator, created on a start with none; a blank username creates nobody.
 * Without a password but with a {@code password-file}, the password is generated and kept in that file (a fresh
 * install on the embedded database).
 */
@ConfigurationProperties("envgrid.admin")
record AdminSettings(@Nullable String username, @Nullable String password,
                     @Bindable(defaultValue = "区局管理员") String name, @Nullable Path passwordFile) {
    AdminSettings {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    /** Whether the platform chooses the first administrator's password, for {@link #passwordFile()}. */
    boolean generatesPassword() {
        return password.isBlank() && passwordFile != null;
    }
}
