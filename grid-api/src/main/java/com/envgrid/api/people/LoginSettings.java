package com.envgrid.api.people;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code envgrid.logins}: after how many failed logins a client waits, and how long (see {@link LockoutPolicy}). */
@ConfigurationProperties("envgrid.logins")
record LoginSettings(@Bindable(defaultValue = "5") int maxFailures,
                     @Bindable(defaultValue = "1") int lockMinutes,
                     @Bindable(defaultValue = "60") int maxLockMinutes) {
}
