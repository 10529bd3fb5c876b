package com.envgrid.core.complaint;

import com.envgrid.core.input.InputProblem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A working-day calendar (工作日) made of yearly holiday schedules ({@link HolidayYear}): Monday to Friday are
 * working days, Saturday and Sunday are not, except that a public holiday (法定节假日, including the weekdays given
 * off in exchange) is never a working day and a make-up working day (调休上班日) — a Saturday or Sunday worked in
 * exchange — always is.
 * <p>
 * <b>Deadlines.</b> {@link #addWorkingDays} counts working days strictly after the day of receipt: a complaint
 * received on a Friday and given 1 working day is due by the end of the following Monday, and one received on a
 * Saturday, a Sunday or a holiday is due by the end of the n-th working day after it, which is the same as if
 * counting started at the next working day. Only dates count, never times of day: the caller turns the moment of
 * receipt into a date in the district's time zone first.
 * <p>
 * <b>Coverage.</b> The calendar knows the years it has a schedule for ({@link #covers}); a year without one is
 * counted with weekends only, and {@link #missingYears} names such years so that callers can say a deadline is
 * provisional. The published schedules are data ({@link PublishedHolidays}), never code.
 */
public final class WorkingDays {
    /** Weekends only: no year covered. */
    public static final WorkingDays WEEKENDS_ONLY = new WorkingDays(List.of());

    private final Map<Integer, HolidayYear> years;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    /**
     * A calendar of these yearly schedules; a later schedule of the same year replaces an earlier one.
     *
     * @throws IllegalArgumentException when a date is a holiday in one year's schedule and a make-up day in another's
     */
    public WorkingDays(Collection<HolidayYear> schedules) {
        Map<Integer, HolidayYear> byYear = new TreeMap<>();
        schedules.forEach(y -> byYear.put(y.year(), y));
        this.years = Collections.unmodifiableMap(byYear);
        Set<LocalDate> off = new TreeSet<>();
        Set<LocalDate> worked = new TreeSet<>();
        byYear.values().forEach(y -> {
            off.addAll(y.holidays());
            worked.addAll(y.makeUpWorkdays());
        });
        for (LocalDate d : worked) {
            if (off.contains(d)) {
                throw new IllegalArgumentException(d + " is listed both as a holiday and as a make-up working day");
            }
        }
        this.holidays = Collections.unmodifiableSet(off);
        this.makeUpWorkdays = Collections.unmodifiableSet(worked);
    }

    /**
     * A calendar from configuration: each argument a comma-separated list of ISO dates ({@code 2026-10-01}) or
     * inclusive ranges ({@code 2026-10-01..2026-10-07}); blanks around entries are ignored, and null or blank
     * means none. Every year a date is given for is covered, with the dates given for it.
     *
     * @throws IllegalArgumentException naming the entry that is not a date or a range, or as {@link HolidayYear}
     */
    public static WorkingDays parse(String holidays, String makeUpWorkdays) {
        List<InputProblem> problems = new ArrayList<>();
        Set<LocalDate> off = HolidayYear.dates("holidays", entries(holidays), problems);
        Set<LocalDate> worked = HolidayYear.dates("make-up working days", entries(makeUpWorkdays), problems);
        if (!problems.isEmpty()) {
            InputProblem first = problems.get(0);
            throw new IllegalArgumentException("in the " + first.pointer().replaceAll("/\\d+$", "") + ", "
                    + first.message());
        }
        SortedSet<Integer> covered = new TreeSet<>();
        off.forEach(d -> covered.add(d.getYear()));
        worked.forEach(d -> covered.add(d.getYear()));
        List<HolidayYear> schedules = new ArrayList<>();
        for (int year : covered) {
            schedules.add(new HolidayYear(year, only(off, year), only(worked, year)));
        }
        return new WorkingDays(schedules);
    }

    private static List<String> entries(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    private static Set<LocalDate> only(Set<LocalDate> dates, int year) {
        return dates.stream().filter(d -> d.getYear() == year).collect(java.util.stream.Collectors.toSet());
    }

    /** This calendar with the other's schedules in place of its own for the years the other covers. */
    public WorkingDays overriddenBy(WorkingDays other) {
        List<HolidayYear> merged = new ArrayList<>(years.values());
        merged.addAll(other.years.values());
        return new WorkingDays(merged);
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

    /** Whether the calendar has the schedule of this year. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /**
     * The years from {@code from} to {@code to} (both included) that the calendar has no schedule for: a deadline
     * counted across them used weekends only. Empty when every year is covered or {@code to} is before {@code from}.
     */
    public SortedSet<Integer> missingYears(LocalDate from, LocalDate to) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!covers(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    /** The yearly schedules, by year. */
    public Collection<HolidayYear> schedules() {
        return years.values();
    }

    /** The holidays of every year, in date order. */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** The make-up working days of every year, in date order. */
    public Set<LocalDate> makeUpWorkdays() {
        return makeUpWorkdays;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
