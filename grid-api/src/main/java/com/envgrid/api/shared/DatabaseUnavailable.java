package com.envgrid.api.shared;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database is away — not reachable, not answering in time, restarting — rather than
 * a fault in the request or in the code: then the answer is 503 with Retry-After, and the client's retry is safe
 * (nothing was acknowledged, and every acknowledged write is keyed against doubles).
 */
public final class DatabaseUnavailable {
    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String DETAIL = "the database is not available at the moment; nothing was changed — try again in"
            + " a few seconds";

    private DatabaseUnavailable() {
    }

    /** The 503 problem, with Retry-After. */
    public static MutableHttpResponse<Problem> response(HttpRequest<?> request) {
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .contentType(Problem.MEDIA_TYPE)
                .body(new Problem(HttpStatus.SERVICE_UNAVAILABLE, DETAIL, request.getPath(), null));
    }

    /** True when {@code failure} or one of its causes says the connection to the database failed. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01–57P03: the server is shutting down or starting up
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }
}
