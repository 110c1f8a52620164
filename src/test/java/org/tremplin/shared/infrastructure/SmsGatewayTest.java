package org.tremplin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SmsGatewayTest {

    @Test
    void numbersAsPeopleWriteThemBecomeInternationalAndOthersAreNoMobile() {
        assertEquals(Optional.of("+33612345678"), SmsGateway.international("06 12 34 56 78"));
        assertEquals(Optional.of("+33612345678"), SmsGateway.international("06.12.34.56.78"));
        assertEquals(Optional.of("+33612345678"), SmsGateway.international("+33 6 12 34 56 78"));
        assertEquals(Optional.of("+32470123456"), SmsGateway.international("0032 470 12 34 56"));
        assertEquals(Optional.empty(), SmsGateway.international("pas de téléphone"));
        assertEquals(Optional.empty(), SmsGateway.international(null));
        assertEquals("••••••••5678", SmsGateway.masked("+33612345678"));
    }

    @Test
    void withoutAGatewayTheMessageIsOnlyLogged() {
        SmsGateway gateway = new LogOnlySmsGateway();
        gateway.send("+33612345678", "Bonjour");
        assertFalse(gateway.delivers());
    }

    @Test
    void theHttpGatewayPostsJsonWithTheTokenAndAFailureIsSaid() throws IOException {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(received.size() == 1 ? 202 : 500, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
            SmsGateway gateway = new HttpSmsGateway(url, "s3cret", "Tremplin");
            assertTrue(gateway.delivers());
            gateway.send("+33612345678", "Bonjour \"Zoé\",\nvotre lien : https://x/survey.xhtml?t=abc");
            assertEquals(List.of("Bearer s3cret {\"to\":\"+33612345678\",\"from\":\"Tremplin\",\"text\":\"Bonjour \\\"Zoé\\\",\\n"
                    + "votre lien : https://x/survey.xhtml?t=abc\"}"), received);
            SmsGateway.SmsFailure failure = assertThrows(SmsGateway.SmsFailure.class, () -> gateway.send("+33612345678", "x"));
            assertTrue(failure.getMessage().contains("500"), failure.getMessage());
        } finally {
            server.stop(0);
        }
        assertThrows(SmsGateway.SmsFailure.class, () -> new HttpSmsGateway("http://127.0.0.1:1/sms", null, "T").send("+33612345678", "x"));
    }
}
