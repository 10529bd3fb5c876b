package com.envgrid.api.features;

import com.envgrid.api.shared.InvalidParameter;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A {@code datetime=} value as OGC API – Features defines it (RFC 3339): an instant ({@code 2026-09-01T08:00:00Z}),
 * a date ({@code 2026-09-01}: that whole day in the district's time zone), or an interval of two of them separated
 * by {@code /}, either end open as {@code ..} or empty. Bounds are inclusive. A feature matches when its time — an
 * instant, or a date as its whole day — meets the interval; a feature without a time matches no interval.
 */
record TimeInterval(Instant from, Instant until) {
    static final String PARAMETER = "datetime";

    /** The interval a parameter names, null when it is absent. */
    static TimeInterval parse(String value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            if (isOpen(value)) {
                throw invalid(value, "an instant or a date cannot be open; \"..\" is for one end of an interval");
            }
            return new TimeInterval(start(value, zone), end(value, zone));
        }
        String first = value.substring(0, slash);
        String second = value.substring(slash + 1);
        if (isOpen(first) && isOpen(second)) {
            throw invalid(value, "at least one end of an interval is a date or an instant");
        }
        TimeInterval interval = new TimeInterval(isOpen(first) ? null : start(first, zone),
                isOpen(second) ? null : end(second, zone));
        if (interval.from != null && interval.until != null && interval.from.isAfter(interval.until)) {
            throw invalid(value, "the interval ends before it starts");
        }
        return interval;
    }

    /** Whether a feature's time — an Instant, a LocalDate or null — meets this interval. */
    boolean meets(Object time, ZoneId zone) {
        Instant start;
        Instant end;
        if (time instanceof Instant instant) {
            start = instant;
            end = instant;
        } else if (time instanceof LocalDate date) {
            start = date.atStartOfDay(zone).toInstant();
            end = date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        } else {
            return false;
        }
        return (from == null || !end.isBefore(from)) && (until == null || !start.isAfter(until));
    }

    private static boolean isOpen(String end) {
        return end.isEmpty() || end.equals("..");
    }

    private static Instant start(String text, ZoneId zone) {
        return text.contains("T") || text.contains("t") ? instant(text) : date(text).atStartOfDay(zone).toInstant();
    }

    private static Instant end(String text, ZoneId zone) {
        return text.contains("T") || text.contains("t") ? instant(text)
                : date(text).plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT)).toInstant();
        } catch (DateTimeException e) {
            throw invalid(text, "not an RFC 3339 date-time with its offset, such as 2026-09-01T08:00:00Z");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw invalid(text, "not a date (2026-09-01) nor a date-time (2026-09-01T08:00:00Z)");
        }
    }

    private static InvalidParameter invalid(String value, String why) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return new InvalidParameter(PARAMETER, "\"" + shown + "\": " + why + "; an interval is start/end with .. for"
                + " an open end, e.g. 2026-09-01/.. or 2026-07-01T00:00:00Z/2026-09-30T23:59:59Z");
    }
}
