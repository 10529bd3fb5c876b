package com.envgrid.core.coverage;

/**
 * The counts recorded for one grid over one period, and the rates derived from them.
 * <p>
 * Counts, all non-negative:
 * <ul>
 *   <li>{@code dutiesDue} duties falling due in the period; {@code dutiesDone} of them done; {@code dutiesDoneOnTime}
 *       done by their deadline; {@code dutiesOverdue} past their deadline and not done;</li>
 *   <li>{@code objectsDue} supervised objects due for inspection; {@code objectsInspected} of them inspected at least
 *       once (an object counts once however often it was inspected);</li>
 *   <li>{@code patrolsDue}, {@code patrolsDone} grid and river patrols;</li>
 *   <li>{@code problemsOpen} cases not closed (or rejected) at the end of the period; {@code problemsOverdue} of those
 *       past their deadline then (today, while the period runs); {@code problemsClosed} cases closed in the period;
 *       {@code problemsClosedOnTime} of them by their deadline;</li>
 *   <li>{@code complaintsReceived}, {@code complaintsClosed}, {@code complaintsClosedOnTime}; {@code complaintsRated}
 *       closed complaints whose complainant gave a satisfaction rating, {@code complaintsSatisfied} of them satisfied;</li>
 *   <li>{@code inspections} inspection records (a correction replaces the record it corrects, it is not a second
 *       one); {@code inspectionsFlagged} of them with a location mismatch.</li>
 * </ul>
 * Rates are {@code null} when their denominator is 0: "no data" is not the same as 0 %.
 */
public record GridFigures(int dutiesDue, int dutiesDone, int dutiesDoneOnTime, int dutiesOverdue,
                          int objectsDue, int objectsInspected, int patrolsDue, int patrolsDone,
                          int problemsOpen, int problemsOverdue, int problemsClosed, int problemsClosedOnTime,
                          int complaintsReceived, int complaintsClosed, int complaintsClosedOnTime,
                          int complaintsRated, int complaintsSatisfied, int inspections, int inspectionsFlagged) {

    public static final GridFigures ZERO = new GridFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public GridFigures {
        int[] all = {dutiesDue, dutiesDone, dutiesDoneOnTime, dutiesOverdue, objectsDue, objectsInspected, patrolsDue,
                patrolsDone, problemsOpen, problemsOverdue, problemsClosed, problemsClosedOnTime, complaintsReceived,
                complaintsClosed, complaintsClosedOnTime, complaintsRated, complaintsSatisfied, inspections,
                inspectionsFlagged};
        for (int n : all) {
            if (n < 0) {
                throw new IllegalArgumentException("figures are counts and cannot be negative: " + java.util.Arrays.toString(all));
            }
        }
    }

    /** The figures of two grids (or two stretches of time) together: every count added. */
    public GridFigures plus(GridFigures other) {
        return new GridFigures(dutiesDue + other.dutiesDue, dutiesDone + other.dutiesDone,
                dutiesDoneOnTime + other.dutiesDoneOnTime, dutiesOverdue + other.dutiesOverdue,
                objectsDue + other.objectsDue, objectsInspected + other.objectsInspected,
                patrolsDue + other.patrolsDue, patrolsDone + other.patrolsDone,
                problemsOpen + other.problemsOpen, problemsOverdue + other.problemsOverdue,
                problemsClosed + other.problemsClosed, problemsClosedOnTime + other.problemsClosedOnTime,
                complaintsReceived + other.complaintsReceived, complaintsClosed + other.complaintsClosed,
                complaintsClosedOnTime + other.complaintsClosedOnTime, complaintsRated + other.complaintsRated,
                complaintsSatisfied + other.complaintsSatisfied, inspections + other.inspections,
                inspectionsFlagged + other.inspectionsFlagged);
    }

    /** Objects inspected at least once out of the objects due: {@code objectsInspected / objectsDue}. */
    public Double coverage() {
        return ratio(objectsInspected, objectsDue);
    }

    /** {@code dutiesDone / dutiesDue}. */
    public Double dutyCompletion() {
        return ratio(dutiesDone, dutiesDue);
    }

    /** Duties done on time out of the duties due: {@code dutiesDoneOnTime / dutiesDue}. */
    public Double onTimeDuties() {
        return ratio(dutiesDoneOnTime, dutiesDue);
    }

    /**
     * Problems closed on time out of the problems whose outcome is known to be on time or late:
     * {@code problemsClosedOnTime / (problemsClosed + problemsOverdue)}. Open overdue cases count as late, so a grid
     * cannot improve its rate by leaving late cases open.
     */
    public Double problemsClosedOnTimeRate() {
        return ratio(problemsClosedOnTime, problemsClosed + problemsOverdue);
    }

    /** {@code complaintsClosedOnTime / complaintsClosed}. */
    public Double complaintsOnTimeRate() {
        return ratio(complaintsClosedOnTime, complaintsClosed);
    }

    /** Satisfied complainants out of those who rated: {@code complaintsSatisfied / complaintsRated}. */
    public Double satisfactionRate() {
        return ratio(complaintsSatisfied, complaintsRated);
    }

    /** Inspections whose location was flagged as a mismatch: {@code inspectionsFlagged / inspections}. */
    public Double mismatchRate() {
        return ratio(inspectionsFlagged, inspections);
    }

    private static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
