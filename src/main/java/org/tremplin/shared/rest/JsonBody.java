package org.tremplin.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/** A request's JSON body for the filters that check it before a resource reads it (it is put back to be read again). */
final class JsonBody {

    private JsonBody() {
    }

    /** The bytes of a JSON body; empty when the request has none, or another type. */
    static Optional<byte[]> of(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json") || !request.hasEntity()) {
            return Optional.empty();
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        return Optional.of(body);
    }
}
