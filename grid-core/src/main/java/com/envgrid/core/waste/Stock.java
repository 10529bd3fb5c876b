package com.envgrid.core.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a generator stores on a day, lot by lot: per waste code, everything generated up to that day less everything
 * transferred up to it, the transfers taking the oldest lots first (FIFO) — so that each tonne left has the age of
 * the lot it belongs to. Transfers of a code beyond what was recorded as generated take nothing and are counted as
 * {@link #unrecorded() unrecorded}; stock is never negative.
 */
public final class Stock {
    /** Storage beyond this many days breaks the rule that hazardous waste is stored for one year at most. */
    public static final int MAX_STORAGE_DAYS = 365;

    private final LocalDate on;
    private final List<Left> left;
    private final Map<WasteCode, BigDecimal> unrecorded;

    private Stock(LocalDate on, List<Left> left, Map<WasteCode, BigDecimal> unrecorded) {
        this.on = on;
        this.left = left;
        this.unrecorded = unrecorded;
    }

    /** What is left of a lot on the stock's day, and its age then. */
    public record Left(Lot lot, BigDecimal tonnes, long ageDays) {
        /** Whether it has been stored longer than a year. */
        public boolean overdue() {
            return ageDays > MAX_STORAGE_DAYS;
        }
    }

    /** The stock on {@code on}: lots generated and transfers made on or before that day. */
    public static Stock of(List<Lot> lots, List<Transfer> transfers, LocalDate on) {
        Map<WasteCode, BigDecimal> transferred = transfers.stream().filter(t -> !t.on().isAfter(on))
                .collect(Collectors.toMap(Transfer::code, Transfer::tonnes, BigDecimal::add, TreeMap::new));
        Map<WasteCode, List<Lot>> byCode = lots.stream().filter(l -> !l.generatedOn().isAfter(on))
                .sorted(Comparator.comparing(Lot::generatedOn).thenComparing(Lot::id))
                .collect(Collectors.groupingBy(Lot::code, TreeMap::new, Collectors.toList()));
        List<Left> left = new ArrayList<>();
        Map<WasteCode, BigDecimal> unrecorded = new TreeMap<>();
        for (var code : byCode.entrySet()) {
            BigDecimal toTake = transferred.getOrDefault(code.getKey(), BigDecimal.ZERO);
            for (Lot lot : code.getValue()) {
                BigDecimal taken = toTake.min(lot.tonnes());
                toTake = toTake.subtract(taken);
                BigDecimal rest = lot.tonnes().subtract(taken);
                if (rest.signum() > 0) {
                    left.add(new Left(lot, rest, ChronoUnit.DAYS.between(lot.generatedOn(), on)));
                }
            }
            if (toTake.signum() > 0) {
                unrecorded.put(code.getKey(), toTake);
            }
        }
        transferred.forEach((code, tonnes) -> {
            if (!byCode.containsKey(code)) {
                unrecorded.put(code, tonnes);
            }
        });
        left.sort(Comparator.comparing((Left l) -> l.lot().generatedOn()).thenComparing(l -> l.lot().id()));
        return new Stock(on, List.copyOf(left), unrecorded);
    }

    public LocalDate on() {
        return on;
    }

    /** The lots with something left, oldest first. */
    public List<Left> left() {
        return left;
    }

    /** The tonnes stored, all codes together. */
    public BigDecimal total() {
        return left.stream().map(Left::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The tonnes stored of one code. */
    public BigDecimal of(WasteCode code) {
        return left.stream().filter(l -> l.lot().code().equals(code)).map(Left::tonnes)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The lots stored longer than a year, oldest first. */
    public List<Left> overdue() {
        return left.stream().filter(Left::overdue).toList();
    }

    /** Per code, the tonnes transferred beyond what was recorded as generated. */
    public Map<WasteCode, BigDecimal> unrecorded() {
        return unrecorded;
    }
}
