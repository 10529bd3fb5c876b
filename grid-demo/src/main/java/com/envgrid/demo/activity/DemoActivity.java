package com.envgrid.demo.activity;

import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.duty.Duties;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.partition.MonthPartitions;
import com.envgrid.api.rules.CityRules;
import com.envgrid.core.duty.Frequency;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.duty.Period;
import com.envgrid.core.rules.RuleItem;
import com.envgrid.demo.DemoSwitches;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.SplittableRandom;

import static com.envgrid.core.access.Actor.SYSTEM;

/**
 * A year of activity in the demo district — the current quarter and the three before it, up to today — so that its
 * coverage map, quarterly review, cases and complaints have something to show:
 * <ul>
 *   <li>from the year's first morning, the district's rules (grids and river segments patrolled monthly) and its
 *       staff ({@link DemoStaff});</li>
 *   <li>each quarter, its duties generated on its first morning, then its complaints ({@link DemoComplaints}) and
 *       inspections ({@link Fieldwork}), the problem cases they open followed along their workflow
 *       ({@link CaseFollowUp});</li>
 *   <li>a few remediation plans (一厂一策) of the current quarter ({@link DemoPlans});</li>
 *   <li>a few complaints of the last days, still in hand; and today, the posts that the demo accounts take up
 *       handed over to them with their open duties.</li>
 * </ul>
 * Everything goes through the platform's services as its people would have done it through the API, each command
 * given who acts ({@link Player}, or the platform itself) and the moment it happened: the same rows, states, events and audit records, nothing the workflows would
 * refuse. Deterministic for a given day (fixed seed). All of it
 * is one transaction, recorded only on a start that finds no duty and no inspection: a restart adds nothing, and a
 * failure leaves nothing half-written (the platform starts all the same). On with the demo district
 * ({@code envgrid.demo.activity}, default true).
 */
@Singleton
@Requires(property = DemoSwitches.ENABLED, value = "true")
@Requires(property = DemoSwitches.ACTIVITY, value = "true", defaultValue = "true")
class DemoActivity implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(DemoActivity.class);
    private static final long SEED = 320214;
    /**
     * The demo district patrols each grid and river segment once a month, not four and two times: its year then
     * stays within a few thousand records, recorded in seconds.
     */
    private static final InspectionRules RULES = new InspectionRules(InspectionRules.DEFAULT.ratingA(),
            InspectionRules.DEFAULT.ratingB(), InspectionRules.DEFAULT.ratingC(), InspectionRules.DEFAULT.ratingD(),
            InspectionRules.DEFAULT.keyDischarger(), InspectionRules.DEFAULT.stricterInProtectionZone(),
            InspectionRules.DEFAULT.stricterAfterComplaint(), Frequency.timesPerMonth(1), Frequency.timesPerMonth(1));

    private final DemoStaff staff;
    private final DemoComplaints complaints;
    private final Fieldwork fieldwork;
    private final DemoPlans plans;
    private final Duties duties;
    private final CityRules rules;
    private final LiveGridLayer layer;
    private final DistrictTime time;
    private final TransactionOperations<Connection> transactions;
    private final MonthPartitions partitions;

    DemoActivity(DemoStaff staff, DemoComplaints complaints, Fieldwork fieldwork, DemoPlans plans, Duties duties,
                 CityRules rules, LiveGridLayer layer, DistrictTime time, TransactionOperations<Connection> transactions,
                 MonthPartitions partitions) {
        this.partitions = partitions;
        this.staff = staff;
        this.complaints = complaints;
        this.fieldwork = fieldwork;
        this.plans = plans;
        this.duties = duties;
        this.rules = rules;
        this.layer = layer;
        this.time = time;
        this.transactions = transactions;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (layer.layer().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try {
            Timeline timeline = Timeline.endingOn(time.today(), time.zone());
            partitions.make(YearMonth.from(timeline.start()), YearMonth.from(time.today()));
            String recorded = transactions.executeWrite(status -> anythingRecorded(status.getConnection()) ? null
                    : record(timeline));
            if (recorded != null) {
                LOG.info("Recorded the demo's activity in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                        recorded);
            }
        } catch (RuntimeException e) {
            LOG.warn("The demo's activity could not be recorded; none of it was kept", e);
        }
    }

    private String record(Timeline timeline) {
        SplittableRandom random = new SplittableRandom(SEED);
        rules.set(SYSTEM, timeline.opening(), null, RuleItem.INSPECTION_RULES, RULES);
        Cast cast = staff.hire(timeline, random);
        Fieldwork.Year year = fieldwork.year(timeline, cast, random);
        int received = 0;
        int inspected = 0;
        for (int i = 0; i < timeline.quarters().size(); i++) {
            Period quarter = timeline.quarters().get(i);
            Instant morning = timeline.at(quarter.start(), LocalTime.of(8, 30));
            // history stops where today begins: a quarter that starts today was planned the evening before
            Instant planned = timeline.past(morning) ? morning : timeline.end().minus(Duration.ofHours(3));
            duties.generate(SYSTEM, planned, quarter);
            received += complaints.quarter(timeline, i, cast, random);
            inspected += fieldwork.quarter(timeline, i, cast, year, random);
        }
        received += complaints.lately(timeline, cast, random);
        int planned = plans.quarter(timeline, cast, random);
        staff.handOver(cast, timeline);
        // the open duties of the posts handed over go to those who took them over
        duties.generate(SYSTEM, time.now(), timeline.quarters().get(timeline.quarters().size() - 1));
        return cast.posts().size() + " staff, " + inspected + " inspections, " + received + " complaints, " + planned
                + " remediation plans since " + timeline.start();
    }

    private static boolean anythingRecorded(Connection connection) {
        try (var statement = connection.createStatement(); var answer = statement.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM duty) OR EXISTS (SELECT 1 FROM inspection)")) {
            answer.next();
            return answer.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After the demo grids (0), accounts (10) and directory (20). */
    @Override
    public int getOrder() {
        return 30;
    }
}
