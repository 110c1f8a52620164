package org.tremplin.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.tremplin.shared.rest.Takes;
import org.tremplin.identity.application.ApiTokenService;
import org.tremplin.identity.domain.ApiToken;
import org.tremplin.identity.domain.Role;
import org.tremplin.identity.domain.TokenScope;
import org.tremplin.shared.rest.Inputs;

/**
 * The caller's personal access tokens. {@code POST} answers the secret once ({@code token}); the lists never
 * hold it. A token cannot manage tokens (TokenScopeFilter): that takes the person's password.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.FUNDER_NAME})
public class TokenResource {

    /** What a client sends to create a token. */
    public record NewToken(String name, String scope, String expiresOn) {
    }

    @Inject
    ApiTokenService service;

    @POST
    @Takes({"name", "scope", "expiresOn"})
    public Response create(NewToken json) {
        Inputs.body(json);
        Inputs in = new Inputs();
        String name = json.name() == null || json.name().isBlank() ? in.required("name", null) : json.name().strip();
        if (name != null && name.length() > 80) {
            in.add("name", "must be at most 80 characters");
        }
        TokenScope scope = in.required("scope", in.choice("scope", json.scope(), TokenScope.class));
        LocalDate expiresOn = in.required("expiresOn", in.date("expiresOn", json.expiresOn()));
        String expiry = expiresOn == null ? null : ApiToken.expiryProblem(expiresOn, LocalDate.now());
        if (expiry != null) {
            in.add("expiresOn", expiry);
        }
        in.check();
        ApiToken.Issued issued = service.create(name, scope, expiresOn);
        return Response.created(URI.create("tokens/" + issued.token().getId()))
                .entity(TokenJson.of(issued.token(), issued.text())).build();
    }

    @GET
    public List<TokenJson> list() {
        return service.mine().stream().map(t -> TokenJson.of(t, null)).toList();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        service.revoke(id);
        return Response.noContent().build();
    }
}
