package com.envgrid.core.complaint;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many working days a complaint has, by category: to be accepted (受理时限) and to be closed (办结时限), both
 * counted from the day of receipt with a {@link WorkingDays} calendar — due by the end of the n-th working day
 * after the day it was received.
 * <p>
 * {@link #DEFAULT}: 1 working day to accept everything; 5 working days to close cooking fumes, noise and burning,
 * which can only be verified while they are happening and whose evidence disappears within days; 10 working days
 * to close every other category, which may need sampling, tracing a discharge to its source or several site visits.
 * Overdue complaints escalate like problem cases: pass the due date to
 * {@link com.envgrid.core.problem.Escalation#levelAt}.
 */
public record ComplaintDeadlines(Map<ComplaintCategory, Limit> limits) {
    /** Working days to accept and to close a complaint of one category. */
    public record Limit(int acceptWorkingDays, int closeWorkingDays) {
        /** Both 0 or more (0: the same working day); no category may be closed before its acceptance is due. */
        public Limit {
            if (acceptWorkingDays < 0 || closeWorkingDays < acceptWorkingDays) {
                throw new IllegalArgumentException("complaint deadlines need 0 <= working days to accept <= working"
                        + " days to close, got " + acceptWorkingDays + " and " + closeWorkingDays);
            }
        }
    }

    /** When a complaint received on a given day must be accepted and closed, both by the end of the day. */
    public record Due(LocalDate acceptBy, LocalDate closeBy) {
    }

    public static final ComplaintDeadlines DEFAULT = defaults();

    /** The limits of every category; throws IllegalArgumentException naming the categories left out. */
    public ComplaintDeadlines {
        EnumMap<ComplaintCategory, Limit> copy = new EnumMap<>(ComplaintCategory.class);
        copy.putAll(limits);
        if (copy.size() != ComplaintCategory.values().length || copy.containsValue(null)) {
            var missing = Arrays.stream(ComplaintCategory.values()).filter(c -> copy.get(c) == null)
                    .map(ComplaintCategory::key).toList();
            throw new IllegalArgumentException("complaint deadlines need a limit for every category, missing "
                    + missing);
        }
        limits = Collections.unmodifiableMap(copy);
    }

    private static ComplaintDeadlines defaults() {
        Map<ComplaintCategory, Limit> limits = new EnumMap<>(ComplaintCategory.class);
        for (ComplaintCategory c : ComplaintCategory.values()) {
            boolean quick = c == ComplaintCategory.COOKING_FUMES || c == ComplaintCategory.NOISE
                    || c == ComplaintCategory.BURNING;
            limits.put(c, new Limit(1, quick ? 5 : 10));
        }
        return new ComplaintDeadlines(limits);
    }

    /** A copy with one category's limit replaced, for configuration. */
    public ComplaintDeadlines with(ComplaintCategory category, Limit limit) {
        Map<ComplaintCategory, Limit> changed = new EnumMap<>(limits);
        changed.put(category, limit);
        return new ComplaintDeadlines(changed);
    }

    /**
     * A copy with the limits written in a setting replaced: {@code category=accept/close} entries separated by
     * commas, such as {@code noise=1/3,water_pollution=2/15}; a category by its key or Chinese name. Blank: no change.
     *
     * @throws IllegalArgumentException naming the entry that is not of that form
     */
    public ComplaintDeadlines overriddenBy(String setting) {
        ComplaintDeadlines result = this;
        if (setting == null || setting.isBlank()) {
            return result;
        }
        for (String entry : setting.split(",")) {
            String[] parts = entry.split("[=/]");
            var category = parts.length == 3 ? ComplaintCategory.parse(parts[0]) : java.util.Optional.<ComplaintCategory>empty();
            if (category.isEmpty() || !parts[1].strip().matches("\\d{1,3}") || !parts[2].strip().matches("\\d{1,3}")) {
                throw new IllegalArgumentException("complaint deadline \"" + entry.strip() + "\" is not category=accept/close"
                        + " in working days, such as noise=1/5; categories are " + ComplaintCategory.accepted());
            }
            result = result.with(category.get(), new Limit(Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip())));
        }
        return result;
    }

    public Limit limit(ComplaintCategory category) {
        return limits.get(category);
    }

    /** The due dates of a complaint of this category received on {@code receivedOn} (a date in China time). */
    public Due due(ComplaintCategory category, LocalDate receivedOn, WorkingDays calendar) {
        Limit limit = limit(category);
        return new Due(calendar.addWorkingDays(receivedOn, limit.acceptWorkingDays()),
                calendar.addWorkingDays(receivedOn, limit.closeWorkingDays()));
    }
}
