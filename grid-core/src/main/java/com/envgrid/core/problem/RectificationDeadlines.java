package com.envgrid.core.problem;

import com.envgrid.core.inspection.Severity;

import java.time.LocalDate;

/**
 * How many calendar days a case has to be rectified, by the severity of its finding. A case is due by the end of
 * its last day and overdue from the day after, as duties are.
 */
public record RectificationDeadlines(int minorDays, int generalDays, int seriousDays) {
    /** 15 days for a minor finding, 7 for a general one, 3 for a serious one. */
    public static final RectificationDeadlines DEFAULT = new RectificationDeadlines(15, 7, 3);

    /** Days may be 0 (rectify the same day); a more serious finding may not be given longer than a lesser one. */
    public RectificationDeadlines {
        if (seriousDays < 0 || generalDays < seriousDays || minorDays < generalDays) {
            throw new IllegalArgumentException("rectification deadlines must be 0 days or more and no longer for a"
                    + " more serious finding, got minor " + minorDays + ", general " + generalDays + ", serious "
                    + seriousDays);
        }
    }

    /** The last day to rectify a finding of this severity in a case opened on {@code openedOn}. */
    public LocalDate dueBy(Severity severity, LocalDate openedOn) {
        return openedOn.plusDays(switch (severity) {
            case MINOR -> minorDays;
            case GENERAL -> generalDays;
            case SERIOUS -> seriousDays;
        });
    }
}
