package com.envgrid.api.notification;

import com.envgrid.api.access.AccessScopes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.Clock;
import java.util.List;

/**
 * The notification outbox, for administrators: they see addresses, which are personal data (a district's
 * administrators those of their district's people).
 */
@Controller("/api/notifications")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationController {
    private final Notifications notifications;
    private final AccessScopes scopes;
    private final Clock clock;

    NotificationController(Notifications notifications, AccessScopes scopes, Clock clock) {
        this.notifications = notifications;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Get
    List<NotificationView> list(@Nullable @QueryValue String state, @QueryValue(defaultValue = "200") int limit) {
        return notifications.list(scopes.current(), state, limit);
    }

    @Post("/{id}/retry")
    NotificationView retry(@PathVariable long id) {
        return notifications.retry(scopes.actor(), clock.instant(), id);
    }
}
