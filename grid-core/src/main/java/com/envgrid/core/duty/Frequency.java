package com.envgrid.core.duty;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How often a target is due: either every {@code everyMonths} months (1, 2, 3, 4, 6 or 12) or {@code timesPerMonth}
 * times a month (1 to 28); exactly one of the two is set. As JSON: {@code {"everyMonths": 3}} or
 * {@code {"timesPerMonth": 4}}.
 * <p>
 * <b>Due windows.</b> Every N months: windows of N calendar months aligned to the calendar year, so every 2 months
 * is January–February, March–April, …; every 3 months is the quarters. k times a month: each month split into k
 * consecutive windows of nearly equal days, window i (from 0) starting on day 1 + ⌊i·d/k⌋ of a d-day month, so
 * 4 times in a 31-day month is days 1–7, 8–15, 16–23, 24–31. A target is due once in each window.
 * <p>
 * <b>Strictness.</b> A frequency is stricter than another when it falls due more often in a year; every month
 * and once a month are equally strict (and have the same windows).
 */
public record Frequency(Integer everyMonths, Integer timesPerMonth) {
    private static final Set<Integer> MONTH_CYCLES = Set.of(1, 2, 3, 4, 6, 12);
    /** Every window needs at least a day, even in February. */
    private static final int MOST_PER_MONTH = 28;

    public Frequency {
        if ((everyMonths == null) == (timesPerMonth == null)) {
            throw new IllegalArgumentException("a frequency is either everyMonths or timesPerMonth, got "
                    + (everyMonths == null ? "neither" : "both"));
        }
        if (everyMonths != null && !MONTH_CYCLES.contains(everyMonths)) {
            throw new IllegalArgumentException("everyMonths must be 1, 2, 3, 4, 6 or 12 so that its windows fit the"
                    + " calendar year, got " + everyMonths);
        }
        if (timesPerMonth != null && (timesPerMonth < 1 || timesPerMonth > MOST_PER_MONTH)) {
            throw new IllegalArgumentException("timesPerMonth must be between 1 and " + MOST_PER_MONTH
                    + " (every window needs a day, even in February), got " + timesPerMonth);
        }
    }

    public static Frequency everyMonths(int months) {
        return new Frequency(months, null);
    }

    public static Frequency timesPerMonth(int times) {
        return new Frequency(null, times);
    }

    /** How many times a year the target falls due. */
    public int perYear() {
        return everyMonths != null ? 12 / everyMonths : 12 * timesPerMonth;
    }

    public boolean stricterThan(Frequency other) {
        return perYear() > other.perYear();
    }

    /**
     * The next step up the ladder every 12 → 6 → 3 → 2 → 1 months → 2, 3, … times a month. Every 4 months steps to
     * every 3, and every 6 skips 4, because 4-month windows do not line up with quarters. The strictest frequency,
     * 28 times a month, stays as it is.
     */
    public Frequency stricter() {
        if (timesPerMonth != null) {
            return timesPerMonth(Math.min(timesPerMonth + 1, MOST_PER_MONTH));
        }
        return switch (everyMonths) {
            case 12 -> everyMonths(6);
            case 6, 4 -> everyMonths(3);
            case 3 -> everyMonths(2);
            case 2 -> everyMonths(1);
            default -> timesPerMonth(2);
        };
    }

    /** The due windows (see the class comment) that share at least one day with the period, in date order. */
    public List<DueWindow> windowsOverlapping(Period period) {
        List<DueWindow> windows = new ArrayList<>();
        if (everyMonths != null) {
            for (int year = period.start().getYear(); year <= period.lastDay().getYear(); year++) {
                for (int month = 1; month <= 12; month += everyMonths) {
                    LocalDate from = LocalDate.of(year, month, 1);
                    addIfOverlapping(windows, period, from, from.plusMonths(everyMonths));
                }
            }
        } else {
            YearMonth last = YearMonth.from(period.lastDay());
            for (YearMonth month = YearMonth.from(period.start()); !month.isAfter(last); month = month.plusMonths(1)) {
                LocalDate first = month.atDay(1);
                int days = month.lengthOfMonth();
                for (int i = 0; i < timesPerMonth; i++) {
                    addIfOverlapping(windows, period, first.plusDays((long) i * days / timesPerMonth),
                            first.plusDays((long) (i + 1) * days / timesPerMonth));
                }
            }
        }
        return windows;
    }

    private static void addIfOverlapping(List<DueWindow> windows, Period period, LocalDate from, LocalDate until) {
        if (from.isBefore(period.endExclusive()) && until.isAfter(period.start())) {
            windows.add(new DueWindow(from, until.minusDays(1)));
        }
    }

    @Override
    public String toString() {
        return everyMonths != null ? "every " + everyMonths + " month(s)" : timesPerMonth + " time(s) a month";
    }
}
