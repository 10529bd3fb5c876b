package com.envgrid.core.order;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a supervision order is issued under: 督办〔2026〕第 0001 号 — the year it was issued in (the district's
 * calendar) and its place in that year's sequence, which starts at 1 and has no gaps. Four digits are written at
 * least; a 10 000th order of a year is written with five.
 */
public record OrderNumber(int year, int sequence) {
    private static final Pattern WRITTEN = Pattern.compile("督办〔(\\d{4})〕第 (\\d{4,}) 号");

    /** @throws IllegalArgumentException for a year outside 1000–9999 or a sequence below 1 */
    public OrderNumber {
        if (year < 1000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("an order number has a four-digit year and a sequence from 1, not "
                    + year + " and " + sequence);
        }
    }

    /** The first number of a year. */
    public static OrderNumber first(int year) {
        return new OrderNumber(year, 1);
    }

    /** The number after this one in its year. */
    public OrderNumber next() {
        return new OrderNumber(year, sequence + 1);
    }

    /** Reads a number as {@link #toString()} writes it; empty for any other text. */
    public static Optional<OrderNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(text);
        return m.matches() ? Optional.of(new OrderNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** What every number of {@code year} starts with, for finding that year's numbers. */
    public static String prefixOf(int year) {
        return "督办〔" + year + "〕第 ";
    }

    /** 督办〔2026〕第 0001 号 */
    @Override
    public String toString() {
        return prefixOf(year) + String.format("%04d", sequence) + " 号";
    }
}
