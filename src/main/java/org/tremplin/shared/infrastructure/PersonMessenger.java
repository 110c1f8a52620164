package org.tremplin.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * A message to a person (a learner, never an account) by e-mail and by SMS, wherever they have an address or a
 * mobile number: the text comes from the {@code mail} bundle in their language, {@code key.subject},
 * {@code key.mail} and {@code key.sms}. Without an SMTP server no e-mail is sent; without an SMS gateway the SMS
 * is only logged (SMS_LOG). A failure is logged and reported, never thrown.
 */
@ApplicationScoped
public class PersonMessenger {

    public static final String BUNDLE = "org.tremplin.i18n.mail";
    private static final Logger LOG = Logger.getLogger(PersonMessenger.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    Config config;

    /** What went out (EMAIL, SMS, SMS_LOG) and what failed (EMAIL, SMS). */
    public record Delivery(List<String> channels, List<String> failures) {
        /** "EMAIL+SMS", or HAND when nothing went out. */
        public String summary() {
            return channels.isEmpty() ? "HAND" : String.join("+", channels);
        }
    }

    /** Whether a message could reach this person at all (an e-mail address, or a mobile number). */
    public static boolean reachable(String email, String phone) {
        return email != null || SmsGateway.international(phone).isPresent();
    }

    /** {@code who}: how the log names the person (an id, never a name). */
    public Delivery send(String who, String email, String phone, Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        List<String> channels = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (email != null && mailer.isConfigured()) {
            try {
                mailer.send(email, format(bundle, key + ".subject", locale, args), format(bundle, key + ".mail", locale, args));
                channels.add("EMAIL");
            } catch (Mailer.MailFailure f) {
                LOG.warning(() -> key + " e-mail to " + who + " failed: " + f.getMessage());
                failures.add("EMAIL");
            }
        }
        Optional<String> mobile = SmsGateway.international(phone);
        if (mobile.isPresent()) {
            try {
                SmsGateway gateway = SmsGateway.current(config);
                gateway.send(mobile.get(), format(bundle, key + ".sms", locale, args));
                channels.add(gateway.delivers() ? "SMS" : "SMS_LOG");
            } catch (SmsGateway.SmsFailure f) {
                LOG.warning(() -> key + " SMS to " + who + " failed: " + f.getMessage());
                failures.add("SMS");
            }
        }
        return new Delivery(List.copyOf(channels), List.copyOf(failures));
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object[] args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
