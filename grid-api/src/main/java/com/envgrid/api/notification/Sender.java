package com.envgrid.api.notification;

import java.util.Optional;

/** A way of delivering notifications of one channel: e-mail over SMTP, or a POST to a webhook gateway. */
interface Sender {
    /** The channel it serves: {@link NotificationRow#EMAIL} or {@link NotificationRow#WEBHOOK}. */
    String channel();

    /** Why it cannot send — its settings are missing, named as they are set —, or empty when it can. */
    Optional<String> unconfigured();

    /** Sends one notification; returns when the other side has taken it. */
    void send(NotificationRow notification) throws DeliveryFailed;

    /** The other side refused or could not be reached: worth trying again later. */
    final class DeliveryFailed extends Exception {
        DeliveryFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
