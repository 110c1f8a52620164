package org.tremplin.shared.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A message is a {@code POST} of {@code {"to": "+33…", "from": "…", "text": "…"}} (JSON) to the configured
 * address, with {@code Authorization: Bearer <token>} when a token is set: the shape most SMS providers
 * and relays take, or that an adapter in front of one takes. A status other than 2xx is a failure.
 */
public final class HttpSmsGateway implements SmsGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final String url;
    private final String token;
    private final String sender;

    public HttpSmsGateway(String url, String token, String sender) {
        this.url = url;
        this.token = token;
        this.sender = sender;
    }

    @Override
    public void send(String to, String text) {
        String body = "{\"to\":\"" + json(to) + "\",\"from\":\"" + json(sender) + "\",\"text\":\"" + json(text) + "\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                    .send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new SmsFailure("the SMS gateway answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new SmsFailure("the SMS gateway could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsFailure("interrupted");
        }
    }

    @Override
    public boolean delivers() {
        return true;
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
