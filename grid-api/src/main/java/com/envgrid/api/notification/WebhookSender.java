package com.envgrid.api.notification;

import com.envgrid.api.shared.JsonText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A JSON POST to the gateway of {@link WebhookSettings} — {@code {"id", "kind", "to", "subject", "text"}}, {@code to}
 * being the recipient's phone —, signed when a secret is set. Any 2xx answer means taken; {@code id} is the same on
 * every attempt, so a gateway can ignore one it has seen.
 */
@Singleton
class WebhookSender implements Sender {
    static final String SIGNATURE = "X-Envgrid-Signature";

    private final WebhookSettings settings;
    private final JsonText json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookSender(WebhookSettings settings, JsonText json) {
        this.settings = settings;
        this.json = json;
    }

    @Serdeable
    record Payload(long id, String kind, String to, String subject, String text) {
    }

    @Override
    public String channel() {
        return NotificationRow.WEBHOOK;
    }

    @Override
    public Optional<String> unconfigured() {
        return settings.configured() ? Optional.empty()
                : Optional.of("未配置短信/消息网关 (no webhook: set ENVGRID_WEBHOOK_URL)");
    }

    @Override
    public void send(NotificationRow n) throws DeliveryFailed {
        byte[] body = json.write(new Payload(n.id(), n.kind(), n.address(), n.subject(), n.body()))
                .getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(settings.url().strip())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (settings.secret() != null && !settings.secret().isEmpty()) {
            request.header(SIGNATURE, "sha256=" + signature(settings.secret(), body));
        }
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DeliveryFailed("webhook answered HTTP " + status, null);
            }
        } catch (IOException e) {
            throw new DeliveryFailed("webhook: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("webhook: interrupted", e);
        }
    }

    /** The hex HMAC-SHA256 of the body under the shared secret: what a gateway computes to check a request. */
    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
