package com.envgrid.api.notification;

import com.envgrid.api.people.Staffings;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * Where a change that people are to be told of leaves its notifications: rows written in the change's own
 * transaction (so they exist exactly when the change does), sent later by {@link Delivery}. A notice is enqueued
 * once per cause, channel and address — whatever runs again (a retried request, a second scan) adds nothing.
 */
@Singleton
class Outbox {
    private final NotificationRows rows;

    Outbox(NotificationRows rows) {
        this.rows = rows;
    }

    /** What to tell, and the cause that makes it one notice however often it is raised. */
    record Notice(String cause, String kind, String subject, String body) {
    }

    /** To a member of staff: by e-mail if they gave an address, and to their phone through the webhook gateway. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void toPerson(Notice n, Staffings.Contact person, Instant at) {
        if (person.email() != null) {
            rows.enqueue(n.cause(), n.kind(), NotificationRow.EMAIL, person.id(), person.email(), n.subject(),
                    n.body(), at);
        }
        if (person.phone() != null) {
            rows.enqueue(n.cause(), n.kind(), NotificationRow.WEBHOOK, person.id(), person.phone(), n.subject(),
                    n.body(), at);
        }
    }

    /** To the phone of someone who is not staff (an outside member of the emergency team), through the gateway. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void toPhone(Notice n, String phone, Instant at) {
        rows.enqueue(n.cause(), n.kind(), NotificationRow.WEBHOOK, null, phone, n.subject(), n.body(), at);
    }

    /** To an e-mail address of someone who is not staff: a complainant. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void toEmail(Notice n, String address, Instant at) {
        rows.enqueue(n.cause(), n.kind(), NotificationRow.EMAIL, null, address, n.subject(), n.body(), at);
    }
}
