package org.tremplin.shared.infrastructure;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where text messages to a learner's phone go: {@link HttpSmsGateway} when {@value #URL} is set, else
 * {@link LogOnlySmsGateway} (the default: the app runs and is tested without a provider).
 * {@link #current()} reads the configuration at each message, like the mailer.
 */
public interface SmsGateway {

    String URL = "TREMPLIN_SMS_URL";
    String TOKEN = "TREMPLIN_SMS_TOKEN";
    String SENDER = "TREMPLIN_SMS_SENDER";

    /** The gateway refused the message or could not be reached. */
    class SmsFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SmsFailure(String message) {
            super(message);
        }
    }

    /** Sends one message to a number in international form ({@code +33612345678}). */
    void send(String to, String text);

    /** Whether messages really leave. */
    boolean delivers();

    static SmsGateway current(Config config) {
        return config.getOptionalValue(URL, String.class).<SmsGateway>map(url -> new HttpSmsGateway(url,
                config.getOptionalValue(TOKEN, String.class).orElse(null),
                config.getOptionalValue(SENDER, String.class).orElse("Tremplin"))).orElseGet(LogOnlySmsGateway::new);
    }

    /** {@code 06 12 34 56 78}, {@code 0612345678}, {@code +33 6 12…} → {@code +33612345678}; empty when not a number. */
    static Optional<String> international(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = phone.replaceAll("[\\s.\\-()]", "");
        if (digits.matches("0[1-9]\\d{8}")) {
            return Optional.of("+33" + digits.substring(1));
        }
        if (digits.matches("00\\d{8,15}")) {
            return Optional.of("+" + digits.substring(2));
        }
        return digits.matches("\\+\\d{8,15}") ? Optional.of(digits) : Optional.empty();
    }

    /** A number as the log may show it: the last four digits. */
    static String masked(String to) {
        return to.length() <= 4 ? "****" : "•".repeat(to.length() - 4) + to.substring(to.length() - 4);
    }
}
