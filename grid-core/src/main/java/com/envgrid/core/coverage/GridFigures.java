package com.envgrid.core.coverage;

/**
 * The counts recorded for one grid over one period, and the rates derived from them.
 * <p>
 * Counts, all non-negative, in one group per kind of work:
 * <ul>
 *   <li>{@link DutyCounts duties}: {@code due} falling due in the period; {@code done} of them done;
 *       {@code doneOnTime} done by their deadline; {@code overdue} past their deadline and not done;</li>
 *   <li>{@link ObjectCounts objects}: {@code due} supervised objects due for inspection; {@code inspected} of them
 *       inspected at least once (an object counts once however often it was inspected);</li>
 *   <li>{@link PatrolCounts patrols}: {@code due}, {@code done} grid and river patrols;</li>
 *   <li>{@link ProblemCounts problems}: {@code open} cases not closed (or rejected) at the end of the period;
 *       {@code overdue} of those past their deadline then (today, while the period runs); {@code closed} cases
 *       closed in the period; {@code closedOnTime} of them by their deadline;</li>
 *   <li>{@link ComplaintCounts complaints}: {@code received}, {@code closed}, {@code closedOnTime}; {@code rated}
 *       closed complaints whose complainant gave a satisfaction rating, {@code satisfied} of them satisfied;</li>
 *   <li>{@link InspectionCounts inspections}: {@code records} inspection records (a correction replaces the record it
 *       corrects, it is not a second one); {@code flagged} of them with a location mismatch;</li>
 *   <li>{@link MeasureCounts measures} of remediation plans (一厂一策), counted in their enterprise's grid: {@code due}
 *       not cancelled with a deadline in the period; {@code verified} of them verified by the period's end.</li>
 * </ul>
 * Rates are {@code null} when their denominator is 0: "no data" is not the same as 0 %.
 */
public record GridFigures(DutyCounts duties, ObjectCounts objects, PatrolCounts patrols, ProblemCounts problems,
                          ComplaintCounts complaints, InspectionCounts inspections, MeasureCounts measures) {

    public static final GridFigures ZERO = new GridFigures(new DutyCounts(0, 0, 0, 0), new ObjectCounts(0, 0),
            new PatrolCounts(0, 0), new ProblemCounts(0, 0, 0, 0), new ComplaintCounts(0, 0, 0, 0, 0),
            new InspectionCounts(0, 0), new MeasureCounts(0, 0));

    public GridFigures {
        java.util.Objects.requireNonNull(duties);
        java.util.Objects.requireNonNull(objects);
        java.util.Objects.requireNonNull(patrols);
        java.util.Objects.requireNonNull(problems);
        java.util.Objects.requireNonNull(complaints);
        java.util.Objects.requireNonNull(inspections);
        java.util.Objects.requireNonNull(measures);
    }

    public record DutyCounts(int due, int done, int doneOnTime, int overdue) {
        public DutyCounts {
            requireCounts(due, done, doneOnTime, overdue);
        }

        DutyCounts plus(DutyCounts o) {
            return new DutyCounts(due + o.due, done + o.done, doneOnTime + o.doneOnTime, overdue + o.overdue);
        }
    }

    public record ObjectCounts(int due, int inspected) {
        public ObjectCounts {
            requireCounts(due, inspected);
        }

        ObjectCounts plus(ObjectCounts o) {
            return new ObjectCounts(due + o.due, inspected + o.inspected);
        }
    }

    public record PatrolCounts(int due, int done) {
        public PatrolCounts {
            requireCounts(due, done);
        }

        PatrolCounts plus(PatrolCounts o) {
            return new PatrolCounts(due + o.due, done + o.done);
        }
    }

    public record ProblemCounts(int open, int overdue, int closed, int closedOnTime) {
        public ProblemCounts {
            requireCounts(open, overdue, closed, closedOnTime);
        }

        ProblemCounts plus(ProblemCounts o) {
            return new ProblemCounts(open + o.open, overdue + o.overdue, closed + o.closed,
                    closedOnTime + o.closedOnTime);
        }
    }

    public record ComplaintCounts(int received, int closed, int closedOnTime, int rated, int satisfied) {
        public ComplaintCounts {
            requireCounts(received, closed, closedOnTime, rated, satisfied);
        }

        ComplaintCounts plus(ComplaintCounts o) {
            return new ComplaintCounts(received + o.received, closed + o.closed, closedOnTime + o.closedOnTime,
                    rated + o.rated, satisfied + o.satisfied);
        }
    }

    public record InspectionCounts(int records, int flagged) {
        public InspectionCounts {
            requireCounts(records, flagged);
        }

        InspectionCounts plus(InspectionCounts o) {
            return new InspectionCounts(records + o.records, flagged + o.flagged);
        }
    }

    public record MeasureCounts(int due, int verified) {
        public MeasureCounts {
            requireCounts(due, verified);
        }

        MeasureCounts plus(MeasureCounts o) {
            return new MeasureCounts(due + o.due, verified + o.verified);
        }
    }

    private static void requireCounts(int... counts) {
        for (int n : counts) {
            if (n < 0) {
                throw new IllegalArgumentException("figures are counts and cannot be negative: "
                        + java.util.Arrays.toString(counts));
            }
        }
    }

    /** These figures with one group of counts replaced (the others kept). */
    public GridFigures with(DutyCounts duties) {
        return new GridFigures(duties, objects, patrols, problems, complaints, inspections, measures);
    }

    public GridFigures with(ObjectCounts objects) {
        return new GridFigures(duties, objects, patrols, problems, complaints, inspections, measures);
    }

    public GridFigures with(PatrolCounts patrols) {
        return new GridFigures(duties, objects, patrols, problems, complaints, inspections, measures);
    }

    public GridFigures with(ProblemCounts problems) {
        return new GridFigures(duties, objects, patrols, problems, complaints, inspections, measures);
    }

    public GridFigures with(ComplaintCounts complaints) {
        return new GridFigures(duties, objects, patrols, problems, complaints, inspections, measures);
    }

    public GridFigures with(InspectionCounts inspections) {
        return new GridFigures(duties, objects, patrols, problems, complaints, inspections, measures);
    }

    public GridFigures with(MeasureCounts measures) {
        return new GridFigures(duties, objects, patrols, problems, complaints, inspections, measures);
    }

    /** The figures of two grids (or two stretches of time) together: every count added. */
    public GridFigures plus(GridFigures other) {
        return new GridFigures(duties.plus(other.duties), objects.plus(other.objects), patrols.plus(other.patrols),
                problems.plus(other.problems), complaints.plus(other.complaints), inspections.plus(other.inspections),
                measures.plus(other.measures));
    }

    /** Objects inspected at least once out of the objects due: {@code objects.inspected / objects.due}. */
    public Double coverage() {
        return ratio(objects.inspected(), objects.due());
    }

    /** {@code duties.done / duties.due}. */
    public Double dutyCompletion() {
        return ratio(duties.done(), duties.due());
    }

    /** Duties done on time out of the duties due: {@code duties.doneOnTime / duties.due}. */
    public Double onTimeDuties() {
        return ratio(duties.doneOnTime(), duties.due());
    }

    /**
     * Problems closed on time out of the problems whose outcome is known to be on time or late:
     * {@code problems.closedOnTime / (problems.closed + problems.overdue)}. Open overdue cases count as late, so a grid
     * cannot improve its rate by leaving late cases open.
     */
    public Double problemsClosedOnTimeRate() {
        return ratio(problems.closedOnTime(), problems.closed() + problems.overdue());
    }

    /** {@code complaints.closedOnTime / complaints.closed}. */
    public Double complaintsOnTimeRate() {
        return ratio(complaints.closedOnTime(), complaints.closed());
    }

    /** Satisfied complainants out of those who rated: {@code complaints.satisfied / complaints.rated}. */
    public Double satisfactionRate() {
        return ratio(complaints.satisfied(), complaints.rated());
    }

    /** Inspections whose location was flagged as a mismatch: {@code inspections.flagged / inspections.records}. */
    public Double mismatchRate() {
        return ratio(inspections.flagged(), inspections.records());
    }

    /** Plan progress: remediation measures verified out of those due, {@code measures.verified / measures.due}. */
    public Double planProgress() {
        return ratio(measures.verified(), measures.due());
    }

    private static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
