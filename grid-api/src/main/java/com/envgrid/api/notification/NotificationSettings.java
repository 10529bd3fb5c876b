package com.envgrid.api.notification;

import com.envgrid.core.notification.RetryPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code envgrid.notifications.*}: how a failed sending is retried ({@link RetryPolicy}: first wait, longest wait,
 * attempts in all) and how many notifications one run of the delivery job sends at most. How often the jobs run:
 * {@code envgrid.notifications.deliver-every} and {@code escalations-every} (application.yml).
 */
@ConfigurationProperties("envgrid.notifications")
record NotificationSettings(@Bindable(defaultValue = "1m") Duration firstRetry,
                            @Bindable(defaultValue = "1h") Duration maxRetry,
                            @Bindable(defaultValue = "8") int maxAttempts,
                            @Bindable(defaultValue = "100") int batch) {

    RetryPolicy retryPolicy() {
        return new RetryPolicy(firstRetry, maxRetry, maxAttempts);
    }
}
