package org.tremplin.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.tremplin.identity.domain.LoginThrottle;
import org.tremplin.identity.domain.PasswordHasher;

/** The one hasher and the one throttle of the application. */
@ApplicationScoped
public class Passwords {

    private final PasswordHasher hasher = new PasswordHasher();
    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

    @Produces
    PasswordHasher hasher() {
        return hasher;
    }

    @Produces
    LoginThrottle throttle() {
        return throttle;
    }
}
