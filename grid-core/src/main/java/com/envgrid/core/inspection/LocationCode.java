package com.envgrid.core.inspection;

import com.envgrid.core.input.ProblemCode;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@link LocationCheck.Verdict} says, as a code with its {@code limit_m} — the metres the fix may be away: the
 * grid's tolerance, or the distance allowed from the target plus the fix's accuracy — for clients that say it in their
 * own words (the field page). Read back from the verdict's reason, which is what is stored of it; each constant
 * matches the reason {@link LocationCheck} writes for it.
 */
public enum LocationCode implements ProblemCode {
    INSIDE_GRID("location.inside_grid", "inside the grid"),
    NEAR_GRID("location.near_grid", "[\\d,]+ m outside the grid's boundary, within the (?<limit>[\\d,]+) m tolerance.*"),
    OUTSIDE_GRID("location.outside_grid", "[\\d,]+ m outside the grid's boundary, beyond the (?<limit>[\\d,]+) m tolerance.*"),
    NEAR_SOURCE("location.near_source", "[\\d,]+ m from the source, within " + Constants.ALLOWED),
    FAR_FROM_SOURCE("location.far_from_source", "[\\d,]+ m from the source, beyond " + Constants.ALLOWED),
    NEAR_RIVER("location.near_river", "[\\d,]+ m from the river segment's course, within " + Constants.ALLOWED),
    FAR_FROM_RIVER("location.far_from_river", "[\\d,]+ m from the river segment's course, beyond " + Constants.ALLOWED),
    /** A reason in none of these forms; clients show the reason. */
    OTHER("location.other", ".*");

    private final String code;
    private final Pattern reason;

    LocationCode(String code, String reason) {
        this.code = code;
        this.reason = Pattern.compile(reason, Pattern.DOTALL);
    }

    @Override
    public String code() {
        return code;
    }

    /** The code of a verdict's reason, with {@code limit_m} when the reason names one. */
    public static Map.Entry<LocationCode, Map<String, Object>> of(String reason) {
        String text = reason == null ? "" : reason;
        for (LocationCode c : values()) {
            Matcher m = c.reason.matcher(text);
            if (m.matches()) {
                if (!c.reason.pattern().contains("?<limit>")) {
                    return Map.entry(c, Map.of());
                }
                String accuracy = c.reason.pattern().contains("?<accuracy>") ? m.group("accuracy") : null;
                return Map.entry(c, Map.of("limit_m", metres(m.group("limit")) + metres(accuracy)));
            }
        }
        return Map.entry(OTHER, Map.of());
    }

    private static long metres(String text) {
        return text == null ? 0 : Long.parseLong(text.replace(",", ""));
    }

    private static final class Constants {
        static final String ALLOWED = "the (?<limit>[\\d,]+) m allowed(?: plus the fix's (?<accuracy>[\\d,]+) m accuracy)?";
    }
}
