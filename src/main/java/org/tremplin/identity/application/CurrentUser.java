package org.tremplin.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.identity.domain.Role;
import org.tremplin.identity.infrastructure.AccountRepository;
import org.tremplin.identity.infrastructure.SessionUser;
import org.tremplin.shared.application.Caller;
import org.tremplin.shared.domain.NotFoundException;
import org.tremplin.shared.web.StartupWarmUp;

/**
 * The caller of this request (page or API) and the scope it sees. Queries apply {@link #siteScope()}
 * in the database; a record outside it is reported as not found.
 */
@Named
@RequestScoped
public class CurrentUser implements Caller {

    /** The servlet request rather than SecurityContext: the latter fails inside error-page dispatches. */
    @Inject
    HttpServletRequest request;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService passwords;

    private List<Long> siteIds;

    private Set<String> groups;

    public boolean isLoggedIn() {
        return getUsername() != null;
    }

    public String getUsername() {
        SessionUser user = sessionUser();
        if (user != null) {
            return user.username();
        }
        Principal p = request.getUserPrincipal();
        return p == null ? null : p.getName();
    }

    /** The person's name as their account gives it (the header shows it); the login name on the API. */
    public String getDisplayName() {
        SessionUser user = sessionUser();
        return user != null && user.displayName() != null ? user.displayName() : getUsername();
    }

    public Optional<Role> role() {
        return Arrays.stream(Role.values()).filter(this::is).findFirst();
    }

    public String getRole() {
        return role().map(Role::name).orElse(null);
    }

    public boolean is(Role role) {
        return groups().contains(role.group());
    }

    /**
     * The caller's groups: from the browser session for pages, else asked of the container (API).
     * Payara's isUserInRole fails inside error-page dispatches, which then must still render.
     */
    private Set<String> groups() {
        if (groups == null) {
            SessionUser user = sessionUser();
            if (user != null) {
                groups = user.groups();
            } else {
                try {
                    groups = Arrays.stream(Role.values()).map(Role::group).filter(request::isUserInRole)
                            .collect(Collectors.toSet());
                } catch (RuntimeException e) {
                    groups = Set.of();
                }
            }
        }
        return groups;
    }

    private SessionUser sessionUser() {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
    }

    public boolean isAdmin() { return is(Role.ADMIN); }
    public boolean isCoordinator() { return is(Role.COORDINATOR); }
    public boolean isTrainer() { return is(Role.TRAINER); }
    @Override public boolean isFunder() { return is(Role.FUNDER); }

    /** Sensitive characteristics (disability, minority…) are for coordinators and admins only. */
    public boolean isSeesSensitive() {
        return isAdmin() || isCoordinator();
    }

    /** Empty when the caller sees every site (admin), else the ids of its sites (maybe none). */
    @Override
    public Optional<List<Long>> siteScope() {
        if (isAdmin()) {
            return Optional.empty();
        }
        if (siteIds == null) {
            siteIds = !isLoggedIn() ? List.of()
                    : StartupWarmUp.CALLER.equals(getUsername()) ? StartupWarmUp.SITES : accounts.siteIdsOf(getUsername());
        }
        return Optional.of(siteIds);
    }

    public boolean seesSite(Long siteId) {
        return siteScope().map(ids -> ids.contains(siteId)).orElse(true);
    }

    /** Throws not-found for a record of a site outside the caller's scope (no existence leak). */
    @Override
    public void checkSite(Long siteId, String what, Object id) {
        if (!seesSite(siteId)) {
            throw new NotFoundException(what, id);
        }
    }

    /**
     * The caller typed their password again before a grave action (erasure, a bulk export, a retention run);
     * failures count in the sign-in throttle for this client address.
     */
    public boolean confirmsPassword(String password) {
        return isLoggedIn() && passwords.confirms(getUsername(), password == null ? new char[0] : password.toCharArray(),
                request.getRemoteAddr());
    }

    @Override
    public List<Long> fundedProgrammeIds() {
        return isLoggedIn() ? accounts.programmeIdsOf(getUsername()) : List.of();
    }
}
