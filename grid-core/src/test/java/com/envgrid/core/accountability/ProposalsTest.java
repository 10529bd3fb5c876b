package com.envgrid.core.accountability;

import com.envgrid.core.accountability.Proposals.Chief;
import com.envgrid.core.accountability.Proposals.Order;
import com.envgrid.core.accountability.Proposals.Ranked;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalsTest {
    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    private static final Chief CHIEF = new Chief(7L, "张三", "城东街道");
    private static final Chief NO_CHIEF = new Chief(null, null, "城西街道");

    private static Order order(String department, boolean closed) {
        return new Order(UUID.fromString("00000000-0000-0000-0000-000000000001"), "督办〔2026〕第 0001 号", "G1",
                department, closed, DUE);
    }

    @Test
    void anOrderOverdueByMoreThanTheDaysIsProposedForAnInterviewOfTheGridsChief() {
        var p = Proposals.forOrder(order(null, false), CHIEF, DUE.plusDays(31), AccountabilityRule.DEFAULT)
                .orElseThrow();
        assertEquals(Proposals.Basis.ORDER_OVERDUE, p.basis());
        assertEquals(Measure.INTERVIEW, p.measure());
        assertEquals(7L, p.subject().personId());
        assertEquals("城东街道 网格长 张三", p.subject().text());
        assertTrue(p.reason().contains("督办〔2026〕第 0001 号") && p.reason().contains("逾期 31 天"), p.reason());
        assertEquals("G1", p.gridCode());
        assertNull(p.quarters());
    }

    @Test
    void overdueByExactlyTheDaysIsNotYetProposed() {
        assertTrue(Proposals.forOrder(order(null, false), CHIEF, DUE.plusDays(30), AccountabilityRule.DEFAULT)
                .isEmpty());
    }

    @Test
    void aClosedOrderIsNeverProposed() {
        assertTrue(Proposals.forOrder(order(null, true), CHIEF, DUE.plusDays(300), AccountabilityRule.DEFAULT)
                .isEmpty());
    }

    @Test
    void anOrderToADepartmentHasTheDepartmentAnswer() {
        var p = Proposals.forOrder(order("住建", false), CHIEF, DUE.plusDays(40), AccountabilityRule.DEFAULT)
                .orElseThrow();
        assertEquals("住建", p.subject().text());
        assertNull(p.subject().personId());
    }

    @Test
    void aGridWithoutAChiefNamesThePost() {
        var p = Proposals.forOrder(order(null, false), NO_CHIEF, DUE.plusDays(40), AccountabilityRule.DEFAULT)
                .orElseThrow();
        assertEquals("城西街道 网格长", p.subject().text());
    }

    @Test
    void theRulesDaysAndMeasureApply() {
        var rule = new AccountabilityRule(10, "accountability", "interview");
        var p = Proposals.forOrder(order(null, false), CHIEF, DUE.plusDays(11), rule).orElseThrow();
        assertEquals(Measure.ACCOUNTABILITY, p.measure());
        assertTrue(Proposals.forOrder(order(null, false), CHIEF, DUE.plusDays(10), rule).isEmpty());
    }

    // towns and streets are all first-level grids, ranked together; communities are a level of their own
    private static final List<Ranked> Q1 = List.of(new Ranked("A", "street", 1), new Ranked("T", "town", 2),
            new Ranked("C", "street", 3), new Ranked("V1", "community", 4), new Ranked("V2", "community", 5));
    private static final List<Ranked> Q2 = List.of(new Ranked("T", "town", 1), new Ranked("A", "street", 2),
            new Ranked("C", "street", 3), new Ranked("V2", "community", 4), new Ranked("V1", "community", 5));

    @Test
    void aGridLastAtItsLevelInTwoConsecutiveReviewsIsProposedForACircular() {
        var proposals = Proposals.forReviews("2026-Q1", Q1, "2026-Q2", Q2, code -> CHIEF, AccountabilityRule.DEFAULT);
        assertEquals(1, proposals.size());
        var p = proposals.get(0);
        assertEquals("C", p.gridCode());
        assertEquals(Proposals.Basis.RANKED_LAST, p.basis());
        assertEquals(List.of("2026-Q1", "2026-Q2"), p.quarters());
        assertEquals(Measure.CIRCULAR, p.measure());
        assertTrue(p.reason().contains("2026年第1季度") && p.reason().contains("2026年第2季度")
                && p.reason().contains("一级网格"), p.reason());
        assertEquals(7L, p.subject().personId());
    }

    @Test
    void reviewsThatAreNotConsecutiveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Proposals.forReviews("2025-Q4", Q1, "2026-Q2", Q2,
                code -> CHIEF, AccountabilityRule.DEFAULT));
    }

    @Test
    void aLevelOfOneGridOrAllTiedHasNoLastPlace() {
        assertEquals(Set.of(), Proposals.lastAtLevel(List.of(new Ranked("P", "park", 3), new Ranked("V", "village", 4))));
        assertEquals(Set.of(), Proposals.lastAtLevel(List.of(new Ranked("A", "street", 1),
                new Ranked("B", "street", 1))));
        assertEquals(Set.of("B", "C"), Proposals.lastAtLevel(List.of(new Ranked("A", "street", 1),
                new Ranked("B", "street", 2), new Ranked("C", "street", 2))));
    }

    @Test
    void theRuleRefusesWhatCannotBeUsed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new AccountabilityRule(30, "warning", "circular"));
        assertTrue(e.getMessage().contains("overdueMeasure"));
        assertThrows(IllegalArgumentException.class, () -> new AccountabilityRule(-1, "interview", "circular"));
        assertThrows(IllegalArgumentException.class, () -> new AccountabilityRule(366, "interview", "circular"));
    }
}
