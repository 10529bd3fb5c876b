package com.envgrid.api.duty;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Duty generation's settings ({@code envgrid.duties}).
 *
 * @param recentComplaintDays how many days before a period a complaint about a source still marks it for that period
 */
@ConfigurationProperties("envgrid.duties")
record DutySettings(@Bindable(defaultValue = "90") int recentComplaintDays) {
}
