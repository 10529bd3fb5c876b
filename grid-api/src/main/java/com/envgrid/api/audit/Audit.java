package com.envgrid.api.audit;

import com.envgrid.core.access.Actor;
import com.envgrid.api.shared.JsonText;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * Records changes in the audit log: who (the acting person, or "system"), when, which entity, and a compact
 * before/after. Call it inside the transaction of the change, so that the change and its record land together.
 */
@Singleton
public class Audit {
    /** The attribute of an authentication that holds the person's id. */
    public static final String PERSON_ID = "pid";

    private final AuditRows rows;
    private final JsonText json;

    Audit(AuditRows rows, JsonText json) {
        this.rows = rows;
        this.json = json;
    }

    /** Records one change made by {@code actor} at {@code at}; the explicit form every command uses. */
    public void record(Actor actor, Instant at, String action, String entity, String entityId, Object before,
                       Object after) {
        rows.save(new AuditRow(null, at, actor.personId(), actor.name(), action, entity, entityId, toJson(before),
                toJson(after)));
    }

    public static Long personId(Authentication authentication) {
        Object id = authentication.getAttributes().get(PERSON_ID);
        return id instanceof Number n ? n.longValue() : null;
    }

    private String toJson(Object value) {
        return value == null ? null : json.write(value);
    }
}
