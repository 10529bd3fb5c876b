package com.envgrid.api.notification;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The outbox for administrators: what was, is to be, or could not be sent, and a retry of what failed or was held. */
@Singleton
class Notifications {
    static final Set<String> STATES = Set.of(NotificationRow.PENDING, NotificationRow.SENT, NotificationRow.FAILED,
            NotificationRow.HELD);
    static final int MAX_LIMIT = 1000;

    private final NotificationRows rows;
    private final Staffings staffings;
    private final Audit audit;

    Notifications(NotificationRows rows, Staffings staffings, Audit audit) {
        this.rows = rows;
        this.staffings = staffings;
        this.audit = audit;
    }

    /**
     * The latest notifications first, in one state (null: any): all for the city's administrators, those to the
     * people of their district for a district's.
     */
    List<NotificationView> list(GridScope scope, String state, int limit) {
        if (state != null && !STATES.contains(state)) {
            throw new InvalidParameter("state", "state is one of pending, sent, failed, held");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameter("limit", "limit is between 1 and " + MAX_LIMIT);
        }
        var listed = rows.listed(state, scope.district().orElse(null), limit);
        var names = staffings.namesOf(listed.stream().map(NotificationRow::recipientId).filter(Objects::nonNull)
                .distinct().toList());
        return listed.stream().map(n -> view(n, names)).toList();
    }

    /** Puts a failed or held notification back in the queue, to be sent at the next run with fresh attempts. */
    @Transactional
    NotificationView retry(Actor actor, Instant at, long id) {
        var n = rows.byId(id).filter(row -> actor.scope().district().isEmpty()
                        || staffings.boundTo(actor.scope().district().get()).contains(row.recipientId()))
                .orElseThrow(() -> new NotFound("no notification " + id));
        if (n.state().equals(NotificationRow.SENT) || n.state().equals(NotificationRow.PENDING)) {
            throw new Conflict("notification " + id + " is " + n.state() + ": only a failed or held one is retried");
        }
        rows.requeue(id, at);
        audit.record(actor, at, "retry", "notification", String.valueOf(id), Map.of("state", n.state()),
                Map.of("state", NotificationRow.PENDING));
        var now = rows.byId(id).orElseThrow();
        return view(now, staffings.namesOf(now.recipientId() == null ? List.of() : List.of(now.recipientId())));
    }

    private static NotificationView view(NotificationRow n, Map<Long, String> names) {
        return new NotificationView(n.id(), n.kind(), n.channel(), n.recipientId(),
                n.recipientId() == null ? null : names.get(n.recipientId()), n.address(), n.subject(), n.body(),
                n.state(), n.attempts(), n.nextAttemptAt(), n.lastError(), n.createdAt(), n.sentAt());
    }
}
