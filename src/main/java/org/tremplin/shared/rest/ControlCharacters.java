package org.tremplin.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses (400) a JSON body holding a control character, raw or escaped ({@code \u0000}…, except tab and
 * line breaks): no field of Tremplin takes one, and stored they would break exports, PDFs and screens.
 */
@Provider
public class ControlCharacters implements ContainerRequestFilter {

    private static final Pattern ESCAPED = Pattern.compile("\\\\u00(?:[01][0-9a-fA-F]|7[fF])");

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Optional<byte[]> sent = JsonBody.of(request);
        if (sent.isEmpty()) {
            return;
        }
        byte[] body = sent.get();
        String text = new String(body, StandardCharsets.UTF_8);
        String found = find(text);
        if (found != null) {
            throw new InvalidInputException(List.of(new FieldError("body",
                    "text may not contain control characters (found " + found + "): remove it and send again")));
        }
    }

    /** The first control character in a JSON text, as {@code \u0000}, or null. */
    static String find(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return String.format("\\u%04x", (int) c);
            }
        }
        Matcher m = ESCAPED.matcher(json);
        while (m.find()) {
            String hex = m.group().substring(2).toLowerCase();
            if (!hex.equals("0009") && !hex.equals("000a") && !hex.equals("000d") && !isEscapedBackslash(json, m.start())) {
                return "\\u" + hex;
            }
        }
        return null;
    }

    /** {@code \\u0000} is the text "\u0000", not a control character. */
    private static boolean isEscapedBackslash(String json, int at) {
        int slashes = 0;
        for (int i = at - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }
}
