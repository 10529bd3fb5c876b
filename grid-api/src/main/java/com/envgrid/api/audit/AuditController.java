package com.envgrid.api.audit;

import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.JsonText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit log for administrators, newest first, filtered by entity, person and time range: all of it for the
 * city's, what the people of their district did for a district's (the reader's binding is read from the person).
 */
@Controller("/api/audit")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {
    static final int MAX_LIMIT = 1000;
    private final AuditRows rows;
    private final JsonText json;

    AuditController(AuditRows rows, JsonText json) {
        this.rows = rows;
        this.json = json;
    }

    @Serdeable
    record Entry(long id, Instant at, @Nullable Long actorId, String actor, String action, String entity,
                 String entityId, @Nullable JsonNode before, @Nullable JsonNode after) {
    }

    @Get
    List<Entry> entries(@Nullable @QueryValue String entity, @Nullable @QueryValue String person,
                        @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                        @QueryValue(defaultValue = "100") int limit, Authentication reader) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameter("limit", "limit is between 1 and " + MAX_LIMIT);
        }
        return rows.find(entity, person, instant("from", from), instant("to", to), Audit.personId(reader), limit)
                .stream()
                .map(r -> new Entry(r.id(), r.at(), r.actorId(), r.actor(), r.action(), r.entity(), r.entityId(),
                        tree(r.before()), tree(r.after())))
                .toList();
    }

    private static Instant instant(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " is an ISO-8601 instant such as 2026-11-30T08:00:00Z, not \"" + text + "\"");
        }
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.read(text, Argument.of(JsonNode.class));
    }
}
