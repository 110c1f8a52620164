package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private final Mailer mailer = new Mailer(ConfigProvider.getConfig());

    @AfterEach
    void clear() {
        System.clearProperty(Mailer.HOST);
        System.clearProperty(Mailer.PORT);
        System.clearProperty(Mailer.FROM);
        System.clearProperty(Mailer.BASE_URL);
    }

    private static void pointAtGreenMail() {
        System.setProperty(Mailer.HOST, "127.0.0.1");
        System.setProperty(Mailer.PORT, String.valueOf(SMTP.getSmtp().getPort()));
    }

    @Test
    void notConfiguredWithoutAHost() {
        assertFalse(mailer.isConfigured());
        assertThrows(IllegalStateException.class, () -> mailer.send("a@b.org", "s", "b"));
    }

    @Test
    void sendsAPlainTextMessageInUtf8() throws Exception {
        pointAtGreenMail();
        System.setProperty(Mailer.FROM, "tremplin@synapse.example.org");
        assertTrue(mailer.isConfigured());
        mailer.send("claire@synapse.example.org", "Prêts en retard", "Bonjour Zoé,\nSYN-LIL-007");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Prêts en retard", received[0].getSubject());
        assertEquals("tremplin@synapse.example.org", received[0].getFrom()[0].toString());
        assertEquals("claire@synapse.example.org", received[0].getAllRecipients()[0].toString());
        assertTrue(GreenMailUtil.getBody(received[0]).contains("SYN-LIL-007"));
    }

    @Test
    void anUnreachableServerIsAMailFailure() {
        System.setProperty(Mailer.HOST, "127.0.0.1");
        System.setProperty(Mailer.PORT, "1"); // nothing listens there
        assertThrows(Mailer.MailFailure.class, () -> mailer.send("a@b.org", "s", "b"));
    }

    @Test
    void baseUrlLosesItsTrailingSlash() {
        System.setProperty(Mailer.BASE_URL, "https://tremplin.example.org/");
        assertEquals("https://tremplin.example.org", mailer.baseUrl());
    }
}
