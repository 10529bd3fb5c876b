package com.envgrid.api.notification;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** E-mail over SMTP (Jakarta Mail), with the settings of {@link MailSettings}. */
@Singleton
class MailSender implements Sender {
    /** Milliseconds to connect, to read and to write: a silent server fails the attempt rather than hanging it. */
    private static final String TIMEOUT_MS = "10000";

    private final MailSettings settings;
    private final Session session;

    MailSender(MailSettings settings) {
        this.settings = settings;
        this.session = settings.configured() ? session(settings) : null;
    }

    @Override
    public String channel() {
        return NotificationRow.EMAIL;
    }

    @Override
    public Optional<String> unconfigured() {
        return settings.configured() ? Optional.empty()
                : Optional.of("未配置邮件服务器 (no mail server: set ENVGRID_MAIL_HOST)");
    }

    @Override
    public void send(NotificationRow n) throws DeliveryFailed {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.sender()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(n.address(), true));
            message.setSubject(n.subject(), StandardCharsets.UTF_8.name());
            message.setText(n.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            // lets a mail system that sees one twice (a send whose commit failed) tell it is the same notification
            message.setHeader("X-Envgrid-Notification", String.valueOf(n.id()));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryFailed("SMTP: " + e.getMessage(), e);
        }
    }

    private static Session session(MailSettings s) {
        Properties p = new Properties();
        p.put("mail.smtp.host", s.host().strip());
        p.put("mail.smtp.port", String.valueOf(s.port()));
        p.put("mail.smtp.starttls.enable", String.valueOf(s.starttls()));
        p.put("mail.smtp.starttls.required", String.valueOf(s.starttls()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        boolean login = s.username() != null && !s.username().isBlank();
        p.put("mail.smtp.auth", String.valueOf(login));
        return login ? Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(s.username(), s.password() == null ? "" : s.password());
            }
        }) : Session.getInstance(p);
    }
}
