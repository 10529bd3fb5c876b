package com.envgrid.core.waste;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The safe-disposal figures of a generator — or of a grid, a district, the city: the sums of those inside — over a
 * period: tonnes generated, transferred to a receiver licensed on the day of the transfer, transferred to one that
 * was not, and stored at the period's end. The safe-disposal rate (安全处置率) is transferred to a licensed receiver
 * ÷ generated, target 100 %; it may pass 100 % when older stock leaves, and there is none when nothing was generated.
 */
public record Disposal(BigDecimal generated, BigDecimal transferredLicensed, BigDecimal transferredUnlicensed,
                       BigDecimal stored) {
    public static final Disposal NONE = new Disposal(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** A generator's figures for the days {@code from} to {@code to}, both included. */
    public static Disposal of(List<Lot> lots, List<Transfer> transfers, LocalDate from, LocalDate to) {
        BigDecimal generated = lots.stream().filter(l -> within(l.generatedOn(), from, to)).map(Lot::tonnes)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Transfer> inPeriod = transfers.stream().filter(t -> within(t.on(), from, to)).toList();
        BigDecimal licensed = inPeriod.stream().filter(Transfer::licensed).map(Transfer::tonnes)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unlicensed = inPeriod.stream().filter(t -> !t.licensed()).map(Transfer::tonnes)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Disposal(generated, licensed, unlicensed, Stock.of(lots, transfers, to).total());
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The sums of both. */
    public Disposal plus(Disposal other) {
        return new Disposal(generated.add(other.generated), transferredLicensed.add(other.transferredLicensed),
                transferredUnlicensed.add(other.transferredUnlicensed), stored.add(other.stored));
    }

    /** Transferred to a licensed receiver ÷ generated, as a fraction to four places; empty when nothing was generated. */
    public Optional<BigDecimal> rate() {
        return generated.signum() == 0 ? Optional.empty()
                : Optional.of(transferredLicensed.divide(generated, 4, RoundingMode.HALF_UP));
    }
}
