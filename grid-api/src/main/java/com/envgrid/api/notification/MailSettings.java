package com.envgrid.api.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code envgrid.mail.*} ({@code ENVGRID_MAIL_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD},
 * {@code _FROM}, {@code _STARTTLS}): the SMTP server notifications are e-mailed through. No host: nothing is
 * e-mailed, and e-mail notifications wait as {@code held}. A username makes the server ask for a login; STARTTLS is
 * required unless switched off (only for a server on the same machine or network).
 */
@ConfigurationProperties("envgrid.mail")
record MailSettings(@Nullable String host, @Bindable(defaultValue = "587") int port, @Nullable String username,
                    @Nullable String password, @Nullable String from,
                    @Bindable(defaultValue = "true") boolean starttls) {

    boolean configured() {
        return host != null && !host.isBlank();
    }

    /** The sender's address: as configured, else the platform's name at the server's host. */
    String sender() {
        return from != null && !from.isBlank() ? from.strip() : "envgrid@" + host.strip();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", from=" + from
                + ", starttls=" + starttls + "]"; // never the password
    }
}
