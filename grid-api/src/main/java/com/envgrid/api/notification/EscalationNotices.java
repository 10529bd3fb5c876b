package com.envgrid.api.notification;

import com.envgrid.api.complaint.Complaints;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.order.Orders;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.plan.Plans;
import com.envgrid.api.problem.Cases;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.JobLocks;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.problem.Escalated;
import com.envgrid.core.problem.Escalation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Escalation is a matter of dates — a case, complaint, remediation measure (一厂一策) or supervision order (督办单) goes up when its deadline has passed long enough — so it
 * is noticed by a scan, not by a request: the chiefs over its grid are told when it reaches them, and the district's
 * administrators as well when it reaches the district. Each is told once per case and level, however often the scan
 * runs. Every node schedules the scan; one scans at a time and the others, finding it busy, leave it to that one.
 */
@Singleton
class EscalationNotices {
    /** The job's name, and its lock's, shared by every node. */
    static final String JOB = "escalation scan";

    private final Cases cases;
    private final Complaints complaints;
    private final Plans plans;
    private final Orders orders;
    private final Staffings staffings;
    private final Outbox outbox;
    private final LiveGridLayer layer;
    private final DistrictTime time;
    private final JobLocks locks;

    EscalationNotices(Cases cases, Complaints complaints, Plans plans, Orders orders, Staffings staffings,
                      Outbox outbox, LiveGridLayer layer, DistrictTime time, JobLocks locks) {
        this.cases = cases;
        this.complaints = complaints;
        this.plans = plans;
        this.orders = orders;
        this.staffings = staffings;
        this.outbox = outbox;
        this.layer = layer;
        this.time = time;
        this.locks = locks;
    }

    /** The scan as of {@code now}, unless another node is running it at this moment: whether this node scanned. */
    @Transactional
    boolean scanAlone(Instant now) {
        if (!locks.tryHold(JOB)) {
            return false;
        }
        scan(now);
        return true;
    }

    /** Enqueues the notices of every escalation as of {@code now}. */
    @Transactional
    void scan(Instant now) {
        LocalDate today = time.dateOf(now);
        cases.escalatedOn(today).forEach(e -> tell("case", e, today, now));
        complaints.escalatedOn(today).forEach(e -> tell("complaint", e, today, now));
        plans.escalatedOn(today).forEach(e -> tell("measure", e, today, now));
        orders.escalatedOn(today).forEach(e -> tell("order", e, today, now));
    }

    private void tell(String what, Escalated e, LocalDate today, Instant now) {
        String gridName = layer.layer().find(e.gridCode()).map(Grid::name).orElse(e.gridCode());
        List<Long> chiefs = new ArrayList<>(staffings.chiefsOver(e.gridCode(), today));
        var toChiefs = Notices.escalated(what, e, Escalation.Level.CHIEF, gridName);
        staffings.contactsOf(chiefs).forEach(p -> outbox.toPerson(toChiefs, p, now));
        if (e.level() == Escalation.Level.DISTRICT) {
            var toDistrict = Notices.escalated(what, e, Escalation.Level.DISTRICT, gridName);
            staffings.contactsOf(staffings.administratorsOf(e.gridCode())).forEach(p -> outbox.toPerson(toDistrict, p, now));
        }
    }
}
