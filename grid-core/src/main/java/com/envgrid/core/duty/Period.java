package com.envgrid.core.duty;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days duties are planned and counted for: from {@code start} up to but not including {@code endExclusive}.
 * Written as a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or any range of days with both ends included
 * ({@code 2026-11-03/2026-12-15}); {@link #label()} gives back the shortest of these forms.
 */
public record Period(LocalDate start, LocalDate endExclusive) {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq](\\d)");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");
    private static final String FORMS = "a month (2026-11), a quarter (2026-Q4) or a range of days with both ends"
            + " included (2026-11-03/2026-12-15)";

    public Period {
        if (start == null || endExclusive == null) {
            throw new IllegalArgumentException("a period needs a start and an endExclusive");
        }
        if (!start.isBefore(endExclusive)) {
            throw new IllegalArgumentException("a period needs at least one day: start " + start
                    + " is not before endExclusive " + endExclusive);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** Quarter 1 to 4 of a year: Q1 is January to March. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got " + quarter);
        }
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(start, start.plusMonths(3));
    }

    /** The days from {@code first} to {@code last}, both included. */
    public static Period days(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends on " + last + ", before it starts on " + first);
        }
        return new Period(first, last.plusDays(1));
    }

    /** A period written as a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a range of days. */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a period is missing: give " + FORMS);
        }
        String trimmed = text.trim();
        Matcher m;
        try {
            if ((m = MONTH.matcher(trimmed)).matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    throw new IllegalArgumentException("period \"" + trimmed + "\": month " + month
                            + " does not exist, months are 01 to 12");
                }
                return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
            if ((m = QUARTER.matcher(trimmed)).matches()) {
                int quarter = Integer.parseInt(m.group(2));
                if (quarter < 1 || quarter > 4) {
                    throw new IllegalArgumentException("period \"" + trimmed + "\": quarter " + quarter
                            + " does not exist, quarters are Q1 to Q4");
                }
                return quarter(Integer.parseInt(m.group(1)), quarter);
            }
            if ((m = RANGE.matcher(trimmed)).matches()) {
                return days(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period \"" + trimmed + "\": " + e.getParsedString()
                    + " is not a date of the calendar", e);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period \"" + trimmed + "\": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("period \"" + trimmed + "\" is not " + FORMS);
    }

    /**
     * The period of the same kind just before this one: the month before a month, the quarter before a quarter,
     * and for any other range the as many days ending the day before it starts — so that a trend compares like
     * with like.
     */
    public Period previous() {
        if (start.getDayOfMonth() == 1 && endExclusive.getDayOfMonth() == 1) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(start, endExclusive);
            return new Period(start.minusMonths(months), start);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, endExclusive);
        return new Period(start.minusDays(days), start);
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }

    /** {@code 2026-11} for a calendar month, {@code 2026-Q4} for a quarter, else {@code first/last} day. */
    public String label() {
        if (start.getDayOfMonth() == 1 && start.plusMonths(1).equals(endExclusive)) {
            return YearMonth.from(start).toString();
        }
        if (start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0
                && start.plusMonths(3).equals(endExclusive)) {
            return start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
        }
        return start + "/" + lastDay();
    }

    /** As a Chinese reader names it: {@code 2026年11月}, {@code 2026年第4季度}, else {@code 2026年10月1日至2026年10月15日}. */
    public String chineseName() {
        String label = label();
        if (label.contains("-Q")) {
            return start.getYear() + "年第" + ((start.getMonthValue() + 2) / 3) + "季度";
        }
        if (!label.contains("/")) {
            return start.getYear() + "年" + start.getMonthValue() + "月";
        }
        return day(start) + "至" + day(lastDay());
    }

    private static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
