package com.envgrid.api.people;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code envgrid.demo.enabled}: whether the platform starts with the demo district, and so with its accounts. */
@ConfigurationProperties("envgrid.demo")
record DemoSettings(@Bindable(defaultValue = "false") boolean enabled) {
}
