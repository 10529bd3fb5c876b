package com.envgrid.core.complaint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A working-day calendar (工作日): Monday to Friday are working days, Saturday and Sunday are not, except that a
 * public holiday (法定节假日, including the weekdays given off in exchange) is never a working day and a make-up
 * working day (调休上班日) — a Saturday or Sunday worked in exchange — always is.
 * <p>
 * <b>Deadlines.</b> {@link #addWorkingDays} counts working days strictly after the day of receipt: a complaint
 * received on a Friday and given 1 working day is due by the end of the following Monday, and one received on a
 * Saturday, a Sunday or a holiday is due by the end of the n-th working day after it, which is the same as if
 * counting started at the next working day. Only dates count, never times of day: the caller turns the moment of
 * receipt into a date in China time first.
 * <p>
 * The calendar knows nothing beyond the dates it is given: a year whose holidays are not listed is counted with
 * weekends only. {@link #china2026()} holds the official schedule of 2026.
 */
public final class WorkingDays {
    /** Weekends only, no holidays and no make-up days. */
    public static final WorkingDays WEEKENDS_ONLY = new WorkingDays(Set.of(), Set.of());

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    /**
     * A calendar with these holidays and make-up working days.
     *
     * @throws IllegalArgumentException when a date is both a holiday and a make-up day, or a make-up day is not a
     *                                  Saturday or a Sunday
     */
    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        this.makeUpWorkdays = Collections.unmodifiableSet(new TreeSet<>(makeUpWorkdays));
        for (LocalDate d : this.makeUpWorkdays) {
            if (this.holidays.contains(d)) {
                throw new IllegalArgumentException(d + " is listed both as a holiday and as a make-up working day");
            }
            if (!isWeekend(d)) {
                throw new IllegalArgumentException("make-up working day " + d + " is a " + d.getDayOfWeek()
                        + ", already a working day; make-up days (调休) are Saturdays or Sundays");
            }
        }
    }

    /**
     * The official schedule of 2026 (国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025): 元旦 1–3 Jan; 春节
     * 15–23 Feb; 清明 4–6 Apr; 劳动节 1–5 May; 端午 19–21 Jun; 中秋 25–27 Sep; 国庆 1–7 Oct; make-up working days
     * 4 Jan (Sun), 14 Feb (Sat), 28 Feb (Sat), 9 May (Sat), 20 Sep (Sun), 10 Oct (Sat).
     */
    public static WorkingDays china2026() {
        return parse("2026-01-01..2026-01-03, 2026-02-15..2026-02-23, 2026-04-04..2026-04-06,"
                        + " 2026-05-01..2026-05-05, 2026-06-19..2026-06-21, 2026-09-25..2026-09-27,"
                        + " 2026-10-01..2026-10-07",
                "2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, 2026-10-10");
    }

    /**
     * A calendar from configuration: each argument a comma-separated list of ISO dates ({@code 2026-10-01}) or
     * inclusive ranges ({@code 2026-10-01..2026-10-07}); blanks around entries are ignored, and null or blank
     * means none.
     *
     * @throws IllegalArgumentException naming the entry that is not a date or a range, or as the constructor
     */
    public static WorkingDays parse(String holidays, String makeUpWorkdays) {
        return new WorkingDays(dates("holidays", holidays), dates("make-up working days", makeUpWorkdays));
    }

    private static Set<LocalDate> dates(String what, String list) {
        Set<LocalDate> dates = new TreeSet<>();
        if (list == null || list.isBlank()) {
            return dates;
        }
        for (String entry : list.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            try {
                int range = e.indexOf("..");
                LocalDate first = LocalDate.parse(range < 0 ? e : e.substring(0, range).strip());
                LocalDate last = range < 0 ? first : LocalDate.parse(e.substring(range + 2).strip());
                if (last.isBefore(first)) {
                    throw new IllegalArgumentException("in the " + what + ", range '" + e + "' ends before it starts");
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    dates.add(d);
                }
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException("in the " + what + ", '" + e + "' is neither an ISO date such as"
                        + " 2026-10-01 nor a range such as 2026-10-01..2026-10-07");
            }
        }
        return dates;
    }

    /** Whether people work on this date: a make-up day, or a weekday that is not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !holidays.contains(date);
    }

    /**
     * The deadline {@code n} working days after {@code start}: the n-th working day strictly after it, by the end
     * of which the work is due (see the class comment). With n = 0, {@code start} itself if it is a working day,
     * else the next working day.
     *
     * @throws IllegalArgumentException when n is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a deadline needs 0 working days or more, got " + n);
        }
        LocalDate day = start;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The holidays, in date order. */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** The make-up working days, in date order. */
    public Set<LocalDate> makeUpWorkdays() {
        return makeUpWorkdays;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
