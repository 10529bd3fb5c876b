package com.envgrid.api.shared;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write that a unique key of the database turned away. Features check for a taken value (a username, a code…)
 * before they write, but two requests can both pass that check at the same moment: the later insert then meets the
 * earlier one's row at the key. That is the same conflict the check would have reported, so it is answered as a 409
 * naming the key and the value taken, wherever it happens, instead of a 500.
 */
record UniqueViolation(String key, String value) {
    /** SQLSTATE unique_violation. */
    private static final String STATE = "23505";
    /** PostgreSQL's detail of a unique violation: {@code Key (username)=(alice) already exists.} */
    private static final Pattern DETAIL = Pattern.compile("Key \\((.+?)\\)=\\((.*)\\) already exists");

    /** The unique violation {@code failure} or one of its causes reports, if any. */
    static Optional<UniqueViolation> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && STATE.equals(sql.getSQLState())) {
                Matcher detail = DETAIL.matcher(String.valueOf(sql.getMessage()));
                // without the server's detail (hidden by the driver's settings) the key is still known to be taken
                return Optional.of(detail.find() ? new UniqueViolation(detail.group(1), detail.group(2))
                        : new UniqueViolation("", ""));
            }
        }
        return Optional.empty();
    }

    Conflict conflict() {
        return new Conflict(ApiCode.DUPLICATE, Map.of("key", key, "value", value),
                key + " " + value + " is taken already (by a request at the same moment): reload and try again");
    }
}
