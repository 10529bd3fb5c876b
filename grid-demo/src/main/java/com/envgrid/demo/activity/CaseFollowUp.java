package com.envgrid.demo.activity;

import com.envgrid.api.problem.CaseView;
import com.envgrid.api.problem.Cases;
import com.envgrid.core.problem.CaseWorkflow;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A problem case taken along its workflow by the grid's people: the chief assigns it to the grid's supervisor (or
 * rejects a few findings of inspections as no environmental problem), the supervisor rectifies and reports it
 * done — by the deadline as often as the grid's {@link GridProfile} says, sometimes only after a send-back,
 * sometimes never —, and the chief re-inspects on site and verifies. Steps whose time has not come yet are left for
 * later; a case in a grid nobody supervises stays unassigned.
 */
@Singleton
class CaseFollowUp {
    private final Cases cases;
    private final FieldRecords records;

    CaseFollowUp(Cases cases, FieldRecords records) {
        this.cases = cases;
        this.records = records;
    }

    /**
     * Takes a case just opened as far along as it has come by today.
     *
     * @param where the place of the problem, where the re-inspection's fix is made
     */
    void follow(long caseId, Instant opened, String gridCode, double[] where, Cast cast, Timeline timeline,
                SplittableRandom random) {
        Player chief = cast.chiefOf(gridCode);
        Instant decided = Timeline.after(opened, Duration.ofHours(1), Duration.ofHours(30), random);
        Optional<Player> supervisor = cast.supervisorOf(gridCode);
        if (supervisor.isEmpty() || !timeline.past(decided)) {
            return;
        }
        if (cases.one(chief.actor(), caseId).inspectionId() != null && random.nextInt(25) == 0) {
            act(chief, decided, caseId, CaseWorkflow.REJECT, null, "复核确认不属于环境问题，不予立案");
            return;
        }
        Player assignee = supervisor.get();
        LocalDate due = act(chief, decided, caseId, CaseWorkflow.ASSIGN, assignee.id(), null).dueBy();
        GridProfile profile = GridProfile.of(cast.firstLevelOf(gridCode));
        boolean onTime = random.nextDouble() < profile.onTime();
        Instant started = Timeline.after(decided, Duration.ofHours(2), Duration.ofHours(40), random);
        Instant reported = onTime ? timeline.workingMoment(timeline.day(started), due.minusDays(1), random)
                : timeline.workingMoment(due.plusDays(1), due.plusDays(12), random);
        if (!reported.isAfter(started)) {
            reported = Timeline.after(started, Duration.ofHours(1), Duration.ofHours(4), random);
        }
        List<Timeline.Step> steps = new ArrayList<>();
        steps.add(step(assignee, started, caseId, CaseWorkflow.START_RECTIFICATION, null));
        if (random.nextInt(20) == 0) {
            timeline.play(steps); // a case that stalls in rectification
            return;
        }
        steps.add(step(assignee, reported, caseId, CaseWorkflow.REPORT_DONE, null));
        if (!onTime && random.nextInt(3) == 0) {
            Instant sentBack = Timeline.after(reported, Duration.ofHours(3), Duration.ofHours(30), random);
            steps.add(step(chief, sentBack, caseId, CaseWorkflow.SEND_BACK, "现场复查仍未整改到位，请继续整改"));
            reported = Timeline.after(sentBack, Duration.ofDays(1), Duration.ofDays(4), random);
            steps.add(step(assignee, reported, caseId, CaseWorkflow.REPORT_DONE, null));
        }
        Instant verified = onTime ? timeline.workingMoment(timeline.day(reported), due, random)
                : Timeline.after(reported, Duration.ofHours(3), Duration.ofDays(3), random);
        if (verified.isBefore(reported.plus(Duration.ofHours(2)))) {
            verified = Timeline.after(reported, Duration.ofHours(2), Duration.ofHours(4), random);
        }
        Instant reinspected = verified.minus(Duration.ofHours(1));
        double[] fix = Places.around(where[0], where[1], 3, 40, random);
        steps.add(new Timeline.Step(reinspected, () -> reinspect(chief, reinspected, caseId, fix, random)));
        steps.add(step(chief, verified, caseId, CaseWorkflow.VERIFY, null));
        timeline.play(steps);
    }

    /** The chief's check on site, against the re-inspection duty that reporting the case done created. */
    private void reinspect(Player chief, Instant at, long caseId, double[] fix, SplittableRandom random) {
        CaseView reported = cases.one(chief.actor(), caseId);
        if (reported.reinspectionDutyId() != null) {
            records.record(chief, at, reported.reinspectionDutyId(), reported.targetKind(), reported.targetCode(), fix,
                    List.of(), "复查：整改到位", random);
        }
    }

    private Timeline.Step step(Player player, Instant at, long caseId, String action, String reason) {
        return new Timeline.Step(at, () -> act(player, at, caseId, action, null, reason));
    }

    private CaseView act(Player player, Instant at, long caseId, String action, Long assigneeId, String reason) {
        return cases.act(player.actor(), at, caseId, new CaseView.Action(action, assigneeId, reason));
    }
}
