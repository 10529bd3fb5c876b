package com.envgrid.core.accountability;

import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.review.ReviewPeriod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The accountability policy (问责): which records the platform proposes for an administrator to confirm, as a pure
 * function of the orders, the published rankings, the rule and the day it is given — so that it is tested with any
 * date and never with a clock. Whether a ground was proposed before is not its concern: each ground is stored once
 * (the caller's unique keys), so proposing it again changes nothing.
 */
public final class Proposals {
    private Proposals() {
    }

    /** Why a record is proposed. */
    public enum Basis {
        /** A supervision order not closed and overdue past the threshold. */
        ORDER_OVERDUE,
        /** A grid ranked last at its level in two consecutive published quarterly reviews. */
        RANKED_LAST;

        /** The basis as the API and the database write it: order_overdue, ranked_last. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who answers for a grid: its chief (the person, when one is known) and the grid's name. */
    public record Chief(Long personId, String personName, String gridName) {
        /** The subject as the record writes it: 城东街道 网格长 张三, or 城东街道 网格长 without a known chief. */
        Subject subject() {
            return new Subject(personId, gridName + " 网格长" + (personName == null ? "" : " " + personName));
        }
    }

    /** Who answers, as a person when known and as written on the record. */
    public record Subject(Long personId, String text) {
    }

    /**
     * A supervision order as the policy reads it: its number, whether it is closed, its deadline and whom it is
     * addressed to — a department (its name) or else the grid, whose chief answers.
     */
    public record Order(java.util.UUID id, String number, String gridCode, String departmentName, boolean closed,
                        LocalDate dueBy) {
    }

    /** A grid's line of a published review: its level and rank (ties share a rank). */
    public record Ranked(String gridCode, String level, int rank) {
    }

    /** A record the platform proposes. {@code orderId} for an overdue order, {@code quarters} for a ranking. */
    public record Proposal(Basis basis, java.util.UUID orderId, String gridCode, List<String> quarters,
                           Subject subject, String reason, Measure measure) {
    }

    /**
     * The proposal an order calls for on {@code today}: one when it is not closed and overdue by more than the
     * rule's days (overdue by the days today is after its deadline; 0 on the due day itself). The subject is the
     * department it is addressed to, else the chief of its grid.
     */
    public static Optional<Proposal> forOrder(Order order, Chief chief, LocalDate today, AccountabilityRule rule) {
        long overdue = ChronoUnit.DAYS.between(order.dueBy(), today);
        if (order.closed() || overdue <= rule.overdueDays()) {
            return Optional.empty();
        }
        Subject subject = order.departmentName() != null ? new Subject(null, order.departmentName())
                : chief.subject();
        String reason = order.number() + " 逾期 " + overdue + " 天未办结（办理期限 " + order.dueBy() + "，超过 "
                + rule.overdueDays() + " 天即提出问责）";
        return Optional.of(new Proposal(Basis.ORDER_OVERDUE, order.id(), order.gridCode(), null, subject, reason,
                rule.overdue()));
    }

    /**
     * The proposals two consecutive published reviews of a district call for: each grid ranked last at its level in
     * both, its chief the subject. {@code previous} is the review of the quarter before {@code quarter}.
     *
     * @throws IllegalArgumentException when {@code previousQuarter} is not the quarter before {@code quarter}
     */
    public static List<Proposal> forReviews(String previousQuarter, List<Ranked> previous, String quarter,
                                            List<Ranked> current, Function<String, Chief> chiefs,
                                            AccountabilityRule rule) {
        if (!ReviewPeriod.previousQuarter(quarter).equals(previousQuarter)) {
            throw new IllegalArgumentException(previousQuarter + " is not the quarter before " + quarter);
        }
        Set<String> lastBefore = lastAtLevel(previous);
        String both = ReviewPeriod.quarter(previousQuarter).chineseName() + "、"
                + ReviewPeriod.quarter(quarter).chineseName();
        List<Proposal> proposals = new ArrayList<>();
        for (Ranked r : current) {
            if (lastAtLevel(current).contains(r.gridCode()) && lastBefore.contains(r.gridCode())) {
                proposals.add(new Proposal(Basis.RANKED_LAST, null, r.gridCode(), List.of(previousQuarter, quarter),
                        chiefs.apply(r.gridCode()).subject(), both + "季度点评连续两次在" + tierName(r.level())
                        + "中排名末位", rule.rankedLast()));
            }
        }
        return proposals;
    }

    /**
     * The level a grid is ranked at: towns, streets and parks are all first-level grids (一级网格), ranked together as
     * the review ranks them; any other level is its own.
     */
    private static String tier(String level) {
        return GridLevel.parse(level).filter(GridLevel::isFirstLevel).map(l -> "first").orElse(level);
    }

    private static String tierName(String level) {
        return tier(level).equals("first") ? "一级网格（镇、街道、园区）"
                : GridLevel.parse(level).map(GridLevel::chineseName).orElse(level) + "级网格";
    }

    /**
     * The grids ranked last at their level ({@link #tier}): the worst rank among the grids of a level. A level of one grid, or whose
     * grids all share one rank, has no last place — nobody ranked below anyone.
     */
    static Set<String> lastAtLevel(List<Ranked> ranking) {
        Map<String, List<Ranked>> byLevel = new HashMap<>();
        ranking.forEach(r -> byLevel.computeIfAbsent(tier(r.level()), l -> new ArrayList<>()).add(r));
        Set<String> last = new HashSet<>();
        for (List<Ranked> level : byLevel.values()) {
            int worst = level.stream().mapToInt(Ranked::rank).max().orElse(0);
            int best = level.stream().mapToInt(Ranked::rank).min().orElse(0);
            if (worst > best) {
                level.stream().filter(r -> r.rank() == worst).forEach(r -> last.add(r.gridCode()));
            }
        }
        return last;
    }
}
