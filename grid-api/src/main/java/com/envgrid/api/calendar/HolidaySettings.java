package com.envgrid.api.calendar;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code envgrid.complaints.holidays} and {@code make-up-workdays}: a configured working-day schedule, over the
 * published one (see {@link HolidayCalendars}); none stated is blank.
 */
@ConfigurationProperties("envgrid.complaints")
record HolidaySettings(@Nullable String holidays, @Nullable String makeUpWorkdays) {
    HolidaySettings {
        holidays = holidays == null ? "" : holidays;
        makeUpWorkdays = makeUpWorkdays == null ? "" : makeUpWorkdays;
    }
}
