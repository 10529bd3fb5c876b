package com.envgrid.api.accountability;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.JobLocks;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.Statements;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.accountability.Measure;
import com.envgrid.core.accountability.Proposals;
import com.envgrid.core.duty.Period;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.input.FreeText;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.review.ReviewPeriod;
import com.envgrid.core.rules.RuleBook;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Accountability records (问责): proposed by the platform under {@link Proposals} — every day, and when an
 * administrator asks — and confirmed or dismissed, with a reason, by an administrator of the grid's district.
 * The orders and published reviews are read from their tables (the orders are another feature's); each ground is
 * stored once under the table's unique keys, so proposing again, on any node, adds nothing. Administrators and
 * viewers read the records of their district (the city's, all), chiefs those of their grids. Who is told of a
 * proposal and of a confirmation: {@link AccountabilityChanged}.
 */
@Singleton
public class Accountabilities {
    /** The daily proposal's name, and its lock's, shared by every node. */
    static final String JOB = "accountability proposals";
    private static final List<String> STATES = List.of("proposed", "confirmed", "dismissed");

    private final Statements sql;
    private final CityRules rules;
    private final LiveGridLayer layer;
    private final Staffings staffings;
    private final Audit audit;
    private final DistrictTime time;
    private final JobLocks locks;
    private final ApplicationEventPublisher<AccountabilityChanged> events;

    Accountabilities(Statements sql, CityRules rules, LiveGridLayer layer, Staffings staffings, Audit audit,
                     DistrictTime time, JobLocks locks, ApplicationEventPublisher<AccountabilityChanged> events) {
        this.sql = sql;
        this.rules = rules;
        this.layer = layer;
        this.staffings = staffings;
        this.audit = audit;
        this.time = time;
        this.locks = locks;
        this.events = events;
    }

    /** The body of a decision: confirm or dismiss, the measure when another than proposed, and why. */
    @Serdeable
    record Decision(@Nullable String decision, @Nullable String measure, @Nullable String reason) {
    }

    /** The proposals as of {@code now}, unless another node is making them: whether this node made them. */
    @Transactional
    boolean proposeAlone(Instant now) {
        if (!locks.tryHold(JOB)) {
            return false;
        }
        propose(Actor.SYSTEM, now);
        return true;
    }

    /**
     * Proposes what the orders and the published reviews call for on the district's day of {@code now}, each ground
     * once, audited as proposed by {@code actor}: the ids of the records this run added.
     */
    @Transactional
    List<Long> propose(Actor actor, Instant now) {
        LocalDate today = time.dateOf(now);
        RuleBook book = rules.book();
        GridLayer grids = layer.layer();
        List<Long> added = new ArrayList<>();
        for (Proposals.Order order : openOrdersDueBefore(today)) {
            Proposals.forOrder(order, chief(grids, order.gridCode(), today), today,
                    book.ofGrid(order.gridCode()).accountability())
                    .flatMap(p -> store(actor, now, p)).ifPresent(added::add);
        }
        published().forEach((district, quarters) -> quarters.forEach((quarter, ranking) -> {
            List<Proposals.Ranked> previous = quarters.get(ReviewPeriod.previousQuarter(quarter));
            if (previous == null) {
                return;
            }
            // a review outlives a re-import of the grids: a grid no longer in the layer has nobody to answer
            Proposals.forReviews(ReviewPeriod.previousQuarter(quarter), previous, quarter, ranking,
                    code -> chief(grids, code, today), book.ofDistrict(district).accountability()).stream()
                    .filter(p -> grids.find(p.gridCode()).isPresent())
                    .forEach(p -> store(actor, now, p).ifPresent(added::add));
        }));
        return added;
    }

    /** The orders not closed whose deadline has passed and that no record was proposed for yet. */
    private List<Proposals.Order> openOrdersDueBefore(LocalDate today) {
        return sql.list("SELECT o.id, o.number, o.grid_code, d.name, o.state = 'closed', o.due_by"
                + " FROM supervision_order o LEFT JOIN department d ON d.code = o.department_code"
                + " WHERE o.state <> 'closed' AND o.due_by < ? AND NOT EXISTS (SELECT 1 FROM accountability a"
                + " WHERE a.basis = 'order_overdue' AND a.order_id = o.id) ORDER BY o.number",
                s -> s.setObject(1, today),
                r -> new Proposals.Order(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        r.getString(4), r.getBoolean(5), r.getObject(6, LocalDate.class)));
    }

    /** The published reviews: by district, by quarter, each grid's level and rank as frozen. */
    private Map<String, Map<String, List<Proposals.Ranked>>> published() {
        Map<String, Map<String, List<Proposals.Ranked>>> reviews = new TreeMap<>();
        sql.list("SELECT r.district_code, r.quarter, e ->> 'code', e ->> 'level', (e ->> 'rank')::int"
                        + " FROM review r CROSS JOIN LATERAL jsonb_array_elements(r.ranking) e"
                        + " ORDER BY r.district_code, r.quarter", s -> { },
                r -> reviews.computeIfAbsent(r.getString(1), d -> new TreeMap<>())
                        .computeIfAbsent(r.getString(2), q -> new ArrayList<>())
                        .add(new Proposals.Ranked(r.getString(3), r.getString(4), r.getInt(5))));
        return reviews;
    }

    /** The chief over a grid on {@code day} (the first, when several share the post). */
    private Proposals.Chief chief(GridLayer grids, String gridCode, LocalDate day) {
        String gridName = grids.find(gridCode).map(Grid::name).orElse(gridCode);
        List<Long> chiefs = staffings.chiefsOver(gridCode, day);
        if (chiefs.isEmpty()) {
            return new Proposals.Chief(null, null, gridName);
        }
        Long chief = chiefs.get(0);
        return new Proposals.Chief(chief, staffings.namesOf(List.of(chief)).get(chief), gridName);
    }

    /** Stores a proposal unless its ground was proposed before; the new record's id. */
    private Optional<Long> store(Actor actor, Instant now, Proposals.Proposal p) {
        List<Long> id = sql.list("INSERT INTO accountability (basis, order_id, grid_code, quarters, subject_person_id,"
                + " subject, reason, measure, state, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?)"
                + " ON CONFLICT DO NOTHING RETURNING id", s -> {
                    s.setString(1, p.basis().key());
                    s.setObject(2, p.orderId());
                    s.setString(3, p.gridCode());
                    s.setArray(4, p.quarters() == null ? null
                            : s.getConnection().createArrayOf("text", p.quarters().toArray()));
                    if (p.subject().personId() == null) {
                        s.setNull(5, Types.BIGINT);
                    } else {
                        s.setLong(5, p.subject().personId());
                    }
                    s.setString(6, p.subject().text());
                    s.setString(7, p.reason());
                    s.setString(8, p.measure().key());
                    s.setTimestamp(9, Timestamp.from(now));
                }, r -> r.getLong(1));
        id.forEach(added -> {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("basis", p.basis().key());
            after.put("grid", p.gridCode());
            after.put("subject", p.subject().text());
            after.put("reason", p.reason());
            after.put("measure", p.measure().key());
            audit.record(actor, now, "propose", "accountability", String.valueOf(added), null, after);
            events.publishEvent(new AccountabilityChanged(added, false, p.gridCode(), p.subject().personId(),
                    p.subject().text(), p.reason(), p.measure().chineseName(), now));
        });
        return id.stream().findFirst();
    }

    /**
     * The records the caller may read, latest first, of a state, a quarter ({@code 2026-Q2}) or a year when given.
     *
     * @throws InvalidParameter for a state, quarter or year that names none
     */
    @Transactional(readOnly = true)
    List<AccountabilityView> list(GridScope scope, @Nullable String state, @Nullable String quarter,
                                  @Nullable String year) {
        if (state != null && !STATES.contains(state)) {
            throw new InvalidParameter("state", "state is one of " + STATES);
        }
        String q = quarter == null ? null : quarter(quarter);
        Integer y = year == null ? null : year(year);
        List<Row> rows = rows(null).stream().filter(r -> scope.canRead(r.gridCode))
                .filter(r -> state == null || r.state.equals(state))
                .filter(r -> q == null || quarterOf(r).equals(q))
                .filter(r -> y == null || quarterOf(r).startsWith(y + "-")).toList();
        return views(scope, rows);
    }

    /**
     * Confirms or dismisses a proposed record, audited: only an administrator of the grid's district decides, once.
     *
     * @throws NotFound     for a record the caller may not read
     * @throws AccessDenied for an administrator of another district
     * @throws Conflict     for a record decided already
     * @throws InvalidInput naming what in the body cannot be used
     */
    @Transactional
    AccountabilityView decide(Actor actor, Instant at, long id, @Nullable Decision body) {
        List<InputProblem> problems = new ArrayList<>();
        String decision = body == null ? null : body.decision();
        if (!"confirm".equals(decision) && !"dismiss".equals(decision)) {
            problems.add(new InputProblem("/decision", "decision is confirm or dismiss", InputCode.NOT_ONE_OF,
                    Map.of("accepted", "confirm, dismiss")));
        }
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty()) {
            problems.add(new InputProblem("/reason", "a reason is required: the record says why it was decided so",
                    InputCode.REQUIRED, Map.of()));
        } else {
            FreeText.problemAt("/reason", reason).ifPresent(problems::add);
        }
        Measure measure = null;
        if (body != null && body.measure() != null) {
            measure = Measure.parse(body.measure()).orElse(null);
            if (measure == null) {
                problems.add(new InputProblem("/measure", "measure is one of " + Measure.keys(), InputCode.NOT_ONE_OF,
                        Map.of("accepted", String.join(", ", Measure.keys()))));
            } else if ("dismiss".equals(decision)) {
                problems.add(new InputProblem("/measure", "a dismissed record takes no measure"));
            }
        }
        Row row = rows(id).stream().filter(r -> actor.scope().canRead(r.gridCode)).findFirst()
                .orElseThrow(() -> new NotFound("no accountability record " + id + " that you may see"));
        if (!actor.scope().administers(row.gridCode)) {
            throw new AccessDenied("only an administrator of the district of grid " + row.gridCode
                    + " decides its accountability records");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the decision cannot be taken", problems);
        }
        if (!row.state.equals("proposed")) {
            throw new Conflict("accountability record " + id + " was " + row.state + " already: a decision stands");
        }
        String state = decision.equals("confirm") ? "confirmed" : "dismissed";
        String finalMeasure = measure == null ? row.measure : measure.key();
        sql.run("UPDATE accountability SET state = ?, measure = ?, decided_by = ?, decided_at = ?,"
                + " decision_reason = ? WHERE id = ?", s -> {
                    s.setString(1, state);
                    s.setString(2, finalMeasure);
                    s.setLong(3, actor.person());
                    s.setTimestamp(4, Timestamp.from(at));
                    s.setString(5, reason);
                    s.setLong(6, id);
                    s.executeUpdate();
                });
        audit.record(actor, at, decision, "accountability", String.valueOf(id),
                Map.of("state", row.state, "measure", row.measure),
                Map.of("state", state, "measure", finalMeasure, "reason", reason));
        if (state.equals("confirmed")) {
            events.publishEvent(new AccountabilityChanged(id, true, row.gridCode, row.subjectPersonId, row.subject,
                    row.reason, Measure.parse(finalMeasure).orElseThrow().chineseName(), at));
        }
        return views(actor.scope(), rows(id)).get(0);
    }

    /** A record as read: the decision's check takes the row's lock, so two administrators cannot both decide. */
    private record Row(long id, String basis, UUID orderId, String orderNumber, String gridCode, List<String> quarters,
                       Long subjectPersonId, String subject, String reason, String measure, String state,
                       Instant proposedAt, Long decidedBy, Instant decidedAt, String decisionReason) {
    }

    /** Every record (id null), or the one with the id, locked for the transaction. */
    private List<Row> rows(@Nullable Long id) {
        return sql.list("SELECT a.id, a.basis, a.order_id, o.number, a.grid_code, a.quarters, a.subject_person_id,"
                + " a.subject, a.reason, a.measure, a.state, a.proposed_at, a.decided_by, a.decided_at,"
                + " a.decision_reason FROM accountability a LEFT JOIN supervision_order o ON o.id = a.order_id"
                + (id == null ? " ORDER BY a.proposed_at DESC, a.id DESC" : " WHERE a.id = ? FOR UPDATE OF a"), s -> {
                    if (id != null) {
                        s.setLong(1, id);
                    }
                }, Accountabilities::row);
    }

    private static Row row(ResultSet r) throws SQLException {
        Array quarters = r.getArray(6);
        return new Row(r.getLong(1), r.getString(2), r.getObject(3, UUID.class), r.getString(4), r.getString(5),
                quarters == null ? null : Arrays.asList((String[]) quarters.getArray()),
                (Long) r.getObject(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                r.getTimestamp(12).toInstant(), (Long) r.getObject(13),
                r.getTimestamp(14) == null ? null : r.getTimestamp(14).toInstant(), r.getString(15));
    }

    private List<AccountabilityView> views(GridScope scope, List<Row> rows) {
        GridLayer grids = layer.layer();
        Set<Long> deciders = new HashSet<>();
        rows.forEach(r -> {
            if (r.decidedBy != null) {
                deciders.add(r.decidedBy);
            }
        });
        Map<Long, String> names = deciders.isEmpty() ? Map.of() : staffings.namesOf(deciders);
        return rows.stream().map(r -> {
            Measure measure = Measure.parse(r.measure).orElseThrow();
            return new AccountabilityView(r.id, r.basis, r.orderId, r.orderNumber, r.gridCode,
                    grids.find(r.gridCode).map(Grid::name).orElse(r.gridCode), r.quarters, quarterOf(r),
                    r.subjectPersonId, r.subject, r.reason, measure.key(), measure.chineseName(), r.state,
                    r.proposedAt, r.decidedBy, r.decidedBy == null ? null : names.get(r.decidedBy), r.decidedAt,
                    r.decisionReason, r.state.equals("proposed") && scope.administers(r.gridCode));
        }).toList();
    }

    /** The quarter a record belongs to: the later review's, or that of the district day it was proposed on. */
    private String quarterOf(Row r) {
        if (r.quarters != null) {
            return r.quarters.get(r.quarters.size() - 1);
        }
        LocalDate day = time.dateOf(r.proposedAt);
        return Period.quarter(day.getYear(), (day.getMonthValue() + 2) / 3).label();
    }

    private static String quarter(String text) {
        try {
            return ReviewPeriod.quarter(text.toUpperCase(java.util.Locale.ROOT)).label();
        } catch (RuntimeException e) {
            throw new InvalidParameter("quarter", "quarter is YYYY-Qn, such as 2026-Q3");
        }
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidParameter("year", "year is a year from 2000 to 2100, such as 2026");
    }
}
