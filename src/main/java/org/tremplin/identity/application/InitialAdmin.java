package org.tremplin.identity.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.Role;
import org.tremplin.shared.infrastructure.SchemaReady;

/**
 * Without demo mode there is no default password. The first admin account is created at start-up
 * from {@code TREMPLIN_ADMIN_USER} (default "admin") and {@code TREMPLIN_ADMIN_PASSWORD}, only while
 * the database holds no account at all; afterwards those variables are ignored and can be removed.
 */
@ApplicationScoped
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    public static final String ADMIN_USER = "TREMPLIN_ADMIN_USER";
    public static final String ADMIN_PASSWORD = "TREMPLIN_ADMIN_PASSWORD";

    @Inject
    AccountService accounts;

    @Inject
    Config config;

    /** First at start-up, once the schema is ready. */
    void onSchemaReady(@Observes @Priority(10) SchemaReady ready) {
        createFromConfiguration();
    }

    public void createFromConfiguration() {
        config.getOptionalValue(ADMIN_PASSWORD, String.class).ifPresent(password -> {
            if (accounts.count() > 0) {
                LOG.info(ADMIN_PASSWORD + " ignored: accounts already exist.");
                return;
            }
            String username = config.getOptionalValue(ADMIN_USER, String.class).orElse("admin");
            try {
                accounts.create(new Account(username, "Administrator", Role.ADMIN), password.toCharArray(), Set.of(), Set.of());
            } catch (IllegalArgumentException refused) {
                throw new IllegalStateException(ADMIN_PASSWORD + " is refused (" + refused.getMessage()
                        + "): use at least 12 characters, not the user name.");
            }
            LOG.info("First admin account '" + username + "' created.");
        });
    }
}
