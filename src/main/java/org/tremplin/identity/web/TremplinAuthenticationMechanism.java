package org.tremplin.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tremplin.audit.application.AuditTrail;
import org.tremplin.audit.domain.AuditAction;
import org.tremplin.audit.domain.AuditWording;
import org.tremplin.identity.application.TokenIdentityStore;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.ApiToken;
import org.tremplin.identity.domain.Role;
import org.tremplin.identity.infrastructure.AccountRepository;
import org.tremplin.identity.infrastructure.SessionUser;
import org.tremplin.shared.web.SameSiteCookies;
import org.tremplin.shared.web.StartupWarmUp;

/**
 * One mechanism for the whole app, deny by default:
 * <ul>
 * <li>{@code /api/**}: HTTP Basic (people) or a personal access token ({@code Bearer}, integrations) on
 * every request, no session; missing or bad credentials give a 401 problem+json. A token acts with its
 * owner's role and sites; its scope is left in the request ({@link #TOKEN_SCOPE}) for TokenScopeFilter.
 * One exception: the offline register of the pages sends its marks to {@code /api/sessions/{id}/attendance}
 * with the page's session and the header {@value #PAGE_HEADER} (a header no other site can make a browser
 * send without CORS, which the API does not open).</li>
 * <li>pages: form login through {@code SecurityContext.authenticate} from the login page; the caller
 * is then kept in the HTTP session, whose id is renewed at login. Any other page asked for without
 * a session redirects to the login page. One exception: the start-up warm-up's own requests
 * ({@link StartupWarmUp}: its secret, from the machine itself, for the few seconds it runs), let in as a
 * coordinator of a site that cannot exist.</li>
 * </ul>
 * Roles per URL are then enforced by the container (web.xml) and by {@code @RolesAllowed} on the API.
 */
@ApplicationScoped
public class TremplinAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the scope of the token the API request was authenticated with (absent for Basic). */
    public static final String TOKEN_SCOPE = "tremplin.tokenScope";
    static final String EXTRA_PUBLIC = "tremplin.PUBLIC_PATHS";
    /** The header the offline register sends with the page's session (value: "register"). */
    public static final String PAGE_HEADER = "X-Tremplin-Page";
    private static final Pattern PAGE_ROUTE = Pattern.compile("/api/sessions/\\d+/attendance");
    private static final List<String> PUBLIC_PREFIXES = List.of(
            LOGIN_PAGE, "/jakarta.faces.resource/", "/resources/", "/error/", "/favicon.ico",
            "/health", "/openapi", "/metrics", "/sw.js", "/manifest.webmanifest",
            "/survey.xhtml"); // the six-month survey: a personal one-time link, no account

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    AuditTrail audit;

    @Inject
    TokenIdentityStore tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    StartupWarmUp warmUp;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = pathOf(request);
        if (path.startsWith("/api/") || path.equals("/api")) {
            SessionUser page = "register".equals(request.getHeader(PAGE_HEADER)) && request.getHeader("Authorization") == null
                    && PAGE_ROUTE.matcher(path).matches() ? sessionUser(request) : null;
            return page != null ? context.notifyContainerAboutLogin(page.username(), page.groups())
                    : basic(request, response, context);
        }
        if (context.isAuthenticationRequest()) {
            return formLogin(request, response, context);
        }
        if (warmUp.accepts(request)) { // the start-up warm-up: a coordinator of a site that cannot exist, while it runs
            return context.notifyContainerAboutLogin(StartupWarmUp.CALLER, Set.of(Role.COORDINATOR.group()));
        }
        SessionUser user = sessionUser(request);
        if (user != null) {
            return context.notifyContainerAboutLogin(user.username(), user.groups());
        }
        if (isPublic(path) || isExtraPublic(request, path)) {
            return context.doNothing();
        }
        return redirectToLogin(request, response);
    }

    private static SessionUser sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
    }

    static boolean isPublic(String path) {
        return PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Paths a deployment opens in its web.xml ({@value #EXTRA_PUBLIC}); the in-container tests' runner. */
    private static boolean isExtraPublic(HttpServletRequest request, String path) {
        String extra = request.getServletContext().getInitParameter(EXTRA_PUBLIC);
        return extra != null && java.util.Arrays.stream(extra.split(","))
                .map(String::strip).anyMatch(prefix -> !prefix.isEmpty() && path.startsWith(prefix));
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        CredentialValidationResult result = credential == null
                ? CredentialValidationResult.INVALID_RESULT : identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        String username = result.getCallerPrincipal().getName();
        String displayName = accounts.byUsername(username).map(Account::getDisplayName).orElse(username);
        request.getSession(true).setAttribute(SessionUser.ATTRIBUTE,
                new SessionUser(username, displayName, result.getCallerGroups()));
        SameSiteCookies.apply(response);
        audit.recordAs(username, AuditAction.LOGIN, AuditWording.of("signedIn"));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiToken> token = tokens.validate(header.substring(7).strip(), request.getMethod(), pathOf(request));
            if (token.isPresent()) {
                request.setAttribute(TOKEN_SCOPE, token.get().getScope());
                Account owner = token.get().getOwner();
                return context.notifyContainerAboutLogin(owner.getUsername(), Set.of(owner.getRole().group()));
            }
            return unauthorized(request, response);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStore.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
        }
        return unauthorized(request, response);
    }

    static UsernamePasswordCredential decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        org.tremplin.shared.web.SecurityHeaders.apply(request, response);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Tremplin\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Tremplin\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Unauthorized")
                .add("status", 401)
                .add("detail", "Unknown user, wrong password, or a token revoked, expired or unknown. Send a user name and"
                        + " password with HTTP Basic authentication, or a personal access token as Authorization: Bearer.")
                .add("instance", request.getRequestURI())
                .build().toString();
        try {
            response.getWriter().write(body);
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String login = request.getContextPath() + LOGIN_PAGE;
        org.tremplin.shared.web.SecurityHeaders.apply(request, response);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionUser.ATTRIBUTE);
        }
    }
}
