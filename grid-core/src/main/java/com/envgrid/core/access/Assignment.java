package com.envgrid.core.access;

import java.time.LocalDate;

/**
 * A person's post in a grid for a time: active from {@code startsOn} up to but not including {@code endsOn}
 * (null: open-ended). People move; ended assignments stay as history.
 */
public record Assignment(long id, long personId, String gridCode, Post post, LocalDate startsOn, LocalDate endsOn) {
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || day.isBefore(endsOn));
    }
}
