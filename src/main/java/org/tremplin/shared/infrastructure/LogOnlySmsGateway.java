package org.tremplin.shared.infrastructure;

import java.util.logging.Logger;

/** The default gateway: a message is logged (its length and the number's last digits, never its text: it holds a personal link). */
public final class LogOnlySmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LogOnlySmsGateway.class.getName());

    @Override
    public void send(String to, String text) {
        LOG.info(() -> "SMS of " + text.length() + " characters to " + SmsGateway.masked(to) + " not sent: no gateway "
                + "configured (" + URL + ")");
    }

    @Override
    public boolean delivers() {
        return false;
    }
}
