package com.envgrid.core.waste;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored waste, oldest lot first, and the safe-disposal figures. */
class StockTest {
    static final WasteCode CARBON = new WasteCode("900-039-49");
    static final WasteCode OIL = new WasteCode("900-249-08");
    static final ReceiverLicence LICENSED = new ReceiverLicence("JS3202000123", LocalDate.of(2027, 6, 30));
    static final ReceiverLicence NONE = new ReceiverLicence(null, null);

    static Lot lot(long id, WasteCode code, String day, String tonnes) {
        return new Lot(id, code, LocalDate.parse(day), new BigDecimal(tonnes));
    }

    static Transfer transfer(String number, WasteCode code, String day, String tonnes, ReceiverLicence licence) {
        return new Transfer(number, code, LocalDate.parse(day), new BigDecimal(tonnes), licence);
    }

    @Test
    void transfers_take_the_oldest_lots_first_so_what_is_left_keeps_its_age() {
        List<Lot> lots = List.of(lot(2, CARBON, "2025-12-01", "3"), lot(1, CARBON, "2025-06-01", "2"),
                lot(3, OIL, "2025-05-01", "1"));
        Stock stock = Stock.of(lots, List.of(transfer("M1", CARBON, "2026-01-10", "3.5", LICENSED)),
                LocalDate.parse("2026-06-02"));
        assertEquals(2, stock.left().size());
        assertEquals(OIL, stock.left().get(0).lot().code(), "the oil was never transferred");
        assertEquals(397, stock.left().get(0).ageDays());
        assertTrue(stock.left().get(0).overdue());
        Stock.Left carbon = stock.left().get(1);
        assertEquals(2, carbon.lot().id(), "June's lot went first, 1.5 t of December's with it");
        assertEquals(0, new BigDecimal("1.5").compareTo(carbon.tonnes()));
        assertEquals(0, new BigDecimal("1.5").compareTo(stock.of(CARBON)));
        assertEquals(0, new BigDecimal("2.5").compareTo(stock.total()));
        assertEquals(List.of(stock.left().get(0)), stock.overdue());
    }

    @Test
    void a_lot_is_overdue_the_day_after_its_365th() {
        List<Lot> lots = List.of(lot(1, CARBON, "2025-03-01", "1"));
        assertTrue(Stock.of(lots, List.of(), LocalDate.parse("2026-03-01")).overdue().isEmpty(), "365 days");
        assertEquals(1, Stock.of(lots, List.of(), LocalDate.parse("2026-03-02")).overdue().size());
    }

    @Test
    void the_stock_of_a_day_counts_only_what_was_generated_and_transferred_by_then() {
        List<Lot> lots = List.of(lot(1, CARBON, "2026-01-01", "2"), lot(2, CARBON, "2026-03-01", "2"));
        List<Transfer> transfers = List.of(transfer("M1", CARBON, "2026-02-01", "2", LICENSED));
        assertEquals(0, new BigDecimal("2").compareTo(Stock.of(lots, transfers, LocalDate.parse("2026-01-31")).total()));
        assertEquals(0, Stock.of(lots, transfers, LocalDate.parse("2026-02-01")).total().signum());
        assertEquals(0, new BigDecimal("2").compareTo(Stock.of(lots, transfers, LocalDate.parse("2026-03-01")).total()));
    }

    @Test
    void transfers_beyond_what_was_generated_are_unrecorded_and_never_make_stock_negative() {
        Stock stock = Stock.of(List.of(lot(1, CARBON, "2026-01-01", "1")),
                List.of(transfer("M1", CARBON, "2026-02-01", "1.25", LICENSED),
                        transfer("M2", OIL, "2026-02-01", "0.5", LICENSED)), LocalDate.parse("2026-03-01"));
        assertEquals(0, stock.total().signum());
        assertEquals(0, new BigDecimal("0.25").compareTo(stock.unrecorded().get(CARBON)));
        assertEquals(0, new BigDecimal("0.5").compareTo(stock.unrecorded().get(OIL)));
    }

    @Test
    void the_safe_disposal_rate_counts_only_receivers_licensed_on_the_day_of_the_transfer() {
        List<Lot> lots = List.of(lot(1, CARBON, "2026-01-05", "6"), lot(2, OIL, "2026-02-05", "4"));
        ReceiverLicence expiredInMarch = new ReceiverLicence("JS3202000999", LocalDate.parse("2026-03-31"));
        List<Transfer> transfers = List.of(transfer("M1", CARBON, "2026-03-01", "5", LICENSED),
                transfer("M2", OIL, "2026-04-01", "2", expiredInMarch),
                transfer("M3", OIL, "2026-03-31", "1", expiredInMarch),
                transfer("M4", CARBON, "2026-04-02", "1", NONE));
        Disposal d = Disposal.of(lots, transfers, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        assertEquals(0, new BigDecimal("10").compareTo(d.generated()));
        assertEquals(0, new BigDecimal("6").compareTo(d.transferredLicensed()), "M1 and M3, on its last valid day");
        assertEquals(0, new BigDecimal("3").compareTo(d.transferredUnlicensed()), "M2 a day late, M4 without one");
        assertEquals(0, new BigDecimal("1").compareTo(d.stored()));
        assertEquals(new BigDecimal("0.6000"), d.rate().orElseThrow());
        assertTrue(Disposal.NONE.rate().isEmpty(), "no rate when nothing was generated");
        assertEquals(new BigDecimal("0.6000"), d.plus(Disposal.NONE).rate().orElseThrow(), "a parent sums its children");
    }

    @Test
    void generation_far_from_the_plan_is_over_it_by_30_percent_any_time_or_under_it_once_the_year_is_over() {
        BigDecimal plan = new BigDecimal("10");
        assertTrue(PlanDeviation.of(plan, new BigDecimal("13"), false).isEmpty(), "30 % over is within");
        assertEquals(PlanDeviation.Direction.OVER, PlanDeviation.of(plan, new BigDecimal("13.001"), false).orElseThrow());
        assertTrue(PlanDeviation.of(plan, new BigDecimal("2"), false).isEmpty(), "the year is not over");
        assertEquals(PlanDeviation.Direction.UNDER, PlanDeviation.of(plan, new BigDecimal("6.9"), true).orElseThrow());
        assertEquals(PlanDeviation.Direction.OVER, PlanDeviation.of(BigDecimal.ZERO, BigDecimal.ONE, false).orElseThrow(),
                "a code the plan does not have");
    }
}
