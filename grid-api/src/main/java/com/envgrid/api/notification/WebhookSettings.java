package com.envgrid.api.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code envgrid.webhook.*} ({@code ENVGRID_WEBHOOK_URL}, {@code ENVGRID_WEBHOOK_SECRET}): the gateway (SMS,
 * 企业微信, 钉钉 …) that notifications for a phone are POSTed to as JSON. With a secret, each request carries
 * {@code X-Envgrid-Signature: sha256=<hex HMAC-SHA256 of the body>} so the gateway can tell it came from here. No
 * URL: nothing is posted, and those notifications wait as {@code held}.
 */
@ConfigurationProperties("envgrid.webhook")
record WebhookSettings(@Nullable String url, @Nullable String secret) {

    boolean configured() {
        return url != null && !url.isBlank();
    }

    @Override
    public String toString() {
        return "WebhookSettings[url=" + url + "]"; // never the secret
    }
}
