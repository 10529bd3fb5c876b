package com.envgrid.api.notification;

import jakarta.inject.Singleton;

import java.time.Instant;

/** One run of delivery: the notifications due at {@code now}, each in its own transaction, at most a batch. */
@Singleton
class DeliveryRun {
    private final Delivery delivery;
    private final int batch;

    DeliveryRun(Delivery delivery, NotificationSettings settings) {
        this.delivery = delivery;
        this.batch = settings.batch();
    }

    /** How many notifications were handled (sent, failed once more, or held). */
    int deliverDue(Instant now) {
        int handled = 0;
        while (handled < batch && delivery.deliverOne(now)) {
            handled++;
        }
        return handled;
    }
}
