package com.envgrid.core.complaint;

import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's official holiday schedule (国务院办公厅关于某年部分节假日安排的通知): its public holidays (法定节假日,
 * including the weekdays given off in exchange) and its make-up working days (调休上班日, Saturdays or Sundays
 * worked in exchange). A schedule's dates lie in its year or in the December before it, where a 元旦 holiday or
 * its make-up day may begin. A year with a schedule is <i>covered</i>: its working days are known; a year without
 * one is counted with weekends only (see {@link WorkingDays}).
 *
 * @param year           the year the schedule is published for
 * @param holidays       the days off, in date order
 * @param makeUpWorkdays the weekend days worked, in date order
 */
public record HolidayYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
    /** Years a schedule may be given for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2200;
    /** Entries a list may hold: a year has about seven holidays and as many make-up days. */
    public static final int MAX_ENTRIES = 100;

    /**
     * @throws IllegalArgumentException when the year is out of range, a date lies outside the year and the
     *                                  December before it, a date is both a holiday and a make-up day, or a make-up
     *                                  day is not a Saturday or a Sunday
     */
    public HolidayYear {
        holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        makeUpWorkdays = Collections.unmodifiableSet(new TreeSet<>(makeUpWorkdays));
        List<String> wrong = new ArrayList<>();
        check(year, holidays, makeUpWorkdays, (at, message) -> wrong.add(message));
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", wrong));
        }
    }

    /**
     * A schedule as an administrator sends it: each list holds ISO dates ({@code 2027-10-01}) or inclusive ranges
     * ({@code 2027-10-01..2027-10-07}); null means none.
     *
     * @throws InvalidInput with a JSON Pointer ({@code /holidays/2}, {@code /make_up_workdays/0}) for every entry
     *                      that is not a date or a range, or breaks a rule of the constructor
     */
    public static HolidayYear read(int year, List<String> holidays, List<String> makeUpWorkdays) {
        List<InputProblem> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new InputProblem("", "a holiday schedule is for a year from " + FIRST_YEAR + " to "
                    + LAST_YEAR + ", not " + year));
            throw new InvalidInput("no holiday schedule for year " + year, problems);
        }
        for (var list : java.util.Map.of("/holidays", holidays == null ? List.<String>of() : holidays,
                "/make_up_workdays", makeUpWorkdays == null ? List.<String>of() : makeUpWorkdays).entrySet()) {
            if (list.getValue().size() > MAX_ENTRIES) {
                problems.add(new InputProblem(list.getKey(), "at most " + MAX_ENTRIES + " dates or ranges"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the holiday schedule of " + year + " cannot be taken as sent", problems);
        }
        Set<LocalDate> off = dates("/holidays", holidays, problems);
        Set<LocalDate> worked = dates("/make_up_workdays", makeUpWorkdays, problems);
        check(year, off, worked, (date, message) -> problems.add(new InputProblem(
                    pointer(worked.contains(date) ? "/make_up_workdays" : "/holidays",
                            worked.contains(date) ? makeUpWorkdays : holidays, date), message)));
        if (!problems.isEmpty()) {
            throw new InvalidInput("the holiday schedule of " + year + " cannot be taken as sent", problems);
        }
        return new HolidayYear(year, off, worked);
    }

    /** Whether a date belongs to this schedule's span: its year, or the December before it. */
    public boolean spans(LocalDate date) {
        return spans(year, date);
    }

    private static boolean spans(int year, LocalDate date) {
        return date.getYear() == year || (date.getYear() == year - 1 && date.getMonthValue() == 12);
    }

    private interface Complaint {
        void about(LocalDate date, String message);
    }

    private static void check(int year, Set<LocalDate> holidays, Set<LocalDate> makeUps, Complaint complaint) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            complaint.about(null, "a holiday schedule is for a year from " + FIRST_YEAR + " to " + LAST_YEAR
                    + ", not " + year);
            return;
        }
        for (LocalDate d : holidays) {
            if (!spans(year, d)) {
                complaint.about(d, "holiday " + d + " is not in " + year + " (or the December before it)");
            }
        }
        for (LocalDate d : makeUps) {
            if (!spans(year, d)) {
                complaint.about(d, "make-up working day " + d + " is not in " + year + " (or the December before it)");
            } else if (holidays.contains(d)) {
                complaint.about(d, d + " is listed both as a holiday and as a make-up working day");
            } else if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                complaint.about(d, "make-up working day " + d + " is a " + d.getDayOfWeek()
                        + ", already a working day; make-up days (调休) are Saturdays or Sundays");
            }
        }
    }

    private static String pointer(String list, List<String> entries, LocalDate date) {
        for (int i = 0; i < entries.size(); i++) {
            Set<LocalDate> entry = new TreeSet<>();
            addEntry(entries.get(i), entry);
            if (entry.contains(date)) {
                return list + "/" + i;
            }
        }
        return list;
    }

    /** The dates of a list of ISO dates and inclusive ranges, a problem for each entry that is neither. */
    static Set<LocalDate> dates(String pointer, List<String> entries, List<InputProblem> problems) {
        Set<LocalDate> dates = new TreeSet<>();
        if (entries == null) {
            return dates;
        }
        for (int i = 0; i < entries.size(); i++) {
            String problem = addEntry(entries.get(i), dates);
            if (problem != null) {
                problems.add(new InputProblem(pointer + "/" + i, problem));
            }
        }
        return dates;
    }

    /** Adds the dates of one entry; null when it was a date or a range, else what is wrong with it. */
    static String addEntry(String entry, Set<LocalDate> into) {
        String e = entry == null ? "" : entry.strip();
        try {
            int range = e.indexOf("..");
            LocalDate first = LocalDate.parse(range < 0 ? e : e.substring(0, range).strip());
            LocalDate last = range < 0 ? first : LocalDate.parse(e.substring(range + 2).strip());
            if (last.isBefore(first)) {
                return "range '" + e + "' ends before it starts";
            }
            if (last.toEpochDay() - first.toEpochDay() > 366) {
                return "range '" + e + "' is longer than a year";
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                into.add(d);
            }
            return null;
        } catch (DateTimeParseException ex) {
            return "'" + e + "' is neither an ISO date such as 2026-10-01 nor a range such as 2026-10-01..2026-10-07";
        }
    }
}
