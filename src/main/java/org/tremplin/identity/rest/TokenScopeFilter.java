package org.tremplin.identity.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import org.tremplin.identity.domain.TokenScope;
import org.tremplin.identity.web.TremplinAuthenticationMechanism;
import org.tremplin.shared.rest.Problem;

/**
 * A request made with a personal access token stays within the token's scope: a READ token only reads
 * (any other method is 403), and no token manages tokens (a token cannot mint or revoke another: that takes
 * the person's own password). Requests authenticated with a password are not concerned.
 */
@Provider
public class TokenScopeFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!(request.getAttribute(TremplinAuthenticationMechanism.TOKEN_SCOPE) instanceof TokenScope scope)) {
            return;
        }
        String path = context.getUriInfo().getPath();
        if (path.equals("tokens") || path.startsWith("tokens/")) {
            context.abortWith(Problem.response(Status.FORBIDDEN,
                    "Tokens are managed with your password (HTTP Basic) or on the Tokens page, not with a token."));
        } else if (!scope.allows(context.getMethod())) {
            context.abortWith(Problem.response(Status.FORBIDDEN,
                    "This token is read-only (scope READ): it may not " + context.getMethod() + ". Create a WRITE token to change records."));
        }
    }
}
