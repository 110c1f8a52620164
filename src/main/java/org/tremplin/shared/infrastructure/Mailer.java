package org.tremplin.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Sends plain-text e-mail through the SMTP server of the configuration (DESIGN.md keys
 * TREMPLIN_SMTP_*), read through MicroProfile Config at each message, so that a server configured later (a system
 * property set at run time) is used without a restart. Without {@link #HOST} the mailer is "not configured": callers log instead of
 * sending, and the app keeps working.
 */
@ApplicationScoped
public class Mailer {

    public static final String HOST = "TREMPLIN_SMTP_HOST";
    public static final String PORT = "TREMPLIN_SMTP_PORT";
    public static final String USER = "TREMPLIN_SMTP_USER";
    public static final String PASSWORD = "TREMPLIN_SMTP_PASSWORD";
    public static final String STARTTLS = "TREMPLIN_SMTP_STARTTLS";
    public static final String FROM = "TREMPLIN_MAIL_FROM";
    /** The address of the app as its users reach it, for links in e-mails. */
    public static final String BASE_URL = "TREMPLIN_BASE_URL";

    static final int DEFAULT_PORT = 587;
    static final String DEFAULT_FROM = "tremplin@localhost";
    private static final String TIMEOUT_MS = "10000";

    /** The server refused the message or could not be reached. */
    public static class MailFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Config config;

    /** For CDI's proxy. */
    Mailer() {
        this(null);
    }

    @Inject
    public Mailer(Config config) {
        this.config = config;
    }

    private Optional<String> get(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    public boolean isConfigured() {
        return get(HOST).isPresent();
    }

    /** The app's address without a trailing slash, for links. */
    public String baseUrl() {
        String url = get(BASE_URL).orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Sends one message; {@link MailFailure} when the server refuses it or cannot be reached. */
    public void send(String to, String subject, String body) {
        String host = get(HOST).orElseThrow(() -> new IllegalStateException(HOST + " is not set"));
        try {
            Session session = Session.getInstance(properties(host));
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(get(FROM).orElse(DEFAULT_FROM)));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(Instant.now()));
            Optional<String> user = get(USER);
            if (user.isPresent()) {
                Transport.send(message, user.get(), get(PASSWORD).orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new MailFailure("Mail to " + to + " via " + host + " failed: " + e.getMessage(), e);
        }
    }

    Properties properties(String host) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", get(PORT).orElse(String.valueOf(DEFAULT_PORT)));
        p.put("mail.smtp.auth", String.valueOf(get(USER).isPresent()));
        p.put("mail.smtp.starttls.enable", get(STARTTLS).orElse("false"));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        return p;
    }
}
