package com.envgrid.api.people;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code envgrid.admin}: the first administrator, created on a start with none; a blank username creates nobody. */
@ConfigurationProperties("envgrid.admin")
record AdminSettings(@Nullable String username, @Nullable String password,
                     @Bindable(defaultValue = "区局管理员") String name) {
    AdminSettings {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }
}
