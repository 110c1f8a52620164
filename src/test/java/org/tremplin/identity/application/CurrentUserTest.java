package org.tremplin.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.identity.domain.Role;
import org.tremplin.shared.web.StartupWarmUp;

class CurrentUserTest {

    /** An API request (no session) authenticated as {@code name} in {@code role}. */
    static HttpServletRequest request(String name, Role role) {
        return (HttpServletRequest) Proxy.newProxyInstance(CurrentUserTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> null;
                    case "getUserPrincipal" -> (Principal) () -> name;
                    case "isUserInRole" -> role.group().equals(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * The start-up warm-up's caller is a coordinator of a site that cannot exist: its pages run a coordinator's
     * queries and find no one, and no account is looked up for it (none exists: the repository is absent here).
     */
    @Test
    void theWarmUpSeesOnlyASiteThatCannotExist() {
        CurrentUser warmUp = new CurrentUser();
        warmUp.request = request(StartupWarmUp.CALLER, Role.COORDINATOR);
        assertTrue(warmUp.isCoordinator());
        assertEquals(Optional.of(List.of(-1L)), warmUp.siteScope());
        assertFalse(warmUp.seesSite(1L), "no real site");
        assertTrue(StartupWarmUp.SITES.stream().allMatch(id -> id < 1), "ids drawn from the sequence are positive");
    }

    @Test
    void anAdminSeesEverySiteAndAnyoneElseTheirAccountsSites() {
        CurrentUser admin = new CurrentUser();
        admin.request = request("admin", Role.ADMIN);
        assertEquals(Optional.empty(), admin.siteScope());
        CurrentUser coordinator = new CurrentUser();
        coordinator.request = request("coordinator", Role.COORDINATOR);
        coordinator.accounts = new org.tremplin.identity.infrastructure.AccountRepository() {
            @Override
            public List<Long> siteIdsOf(String username) {
                return username.equals("coordinator") ? List.of(3L, 5L) : List.of();
            }
        };
        assertEquals(Optional.of(List.of(3L, 5L)), coordinator.siteScope());
    }
}
