package com.envgrid.api.audit;

import com.envgrid.core.access.Actor;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records changes in the audit log: who (the signed-in person, or "system"), when, which entity, and a compact
 * before/after. Call it inside the transaction of the change, so that the change and its record land together.
 */
@Singleton
public class Audit {
    /** The attribute of an authentication that holds the person's id. */
    public static final String PERSON_ID = "pid";

    private final AuditRows rows;
    private final SecurityService security;
    private final JsonMapper json;
    private final Clock clock;

    Audit(AuditRows rows, SecurityService security, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.security = security;
        this.json = json;
        this.clock = clock;
    }

    /** Records one change; {@code before} and {@code after} are serialised to JSON (null: absent). */
    public void record(String action, String entity, String entityId, Object before, Object after) {
        Optional<Authentication> who = security.getAuthentication();
        save(who.map(Audit::personId).orElse(null), who.map(Authentication::getName).orElse("system"), clock.instant(),
                action, entity, entityId, before, after);
    }

    /** Records one change made by {@code actor} at {@code at}; the explicit form every command uses. */
    public void record(Actor actor, Instant at, String action, String entity, String entityId, Object before,
                       Object after) {
        save(actor.personId(), actor.name(), at, action, entity, entityId, before, after);
    }

    private void save(Long personId, String name, Instant at, String action, String entity, String entityId,
                      Object before, Object after) {
        rows.save(new AuditRow(null, at, personId, name, action, entity, entityId, toJson(before), toJson(after)));
    }

    public static Long personId(Authentication authentication) {
        Object id = authentication.getAttributes().get(PERSON_ID);
        return id instanceof Number n ? n.longValue() : null;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
