package org.tremplin.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.PasswordHash;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.Map;
import org.tremplin.identity.domain.LoginThrottle;

/**
 * The one password hash and the one sign-in throttle of the application. Passwords are hashed by the platform's
 * {@link Pbkdf2PasswordHash} (Jakarta Security): PBKDF2-HMAC-SHA256 stored as {@code algorithm:iterations:salt:hash}
 * (Base64), at {@value #ITERATIONS} iterations (OWASP 2023) rather than its default 2,048, a 32-byte salt and key.
 * The iteration count is stored with each hash: a check reads it there, so it can be raised later, and the hashes
 * written before the platform's hash was used (same format) stay valid.
 */
@ApplicationScoped
public class Passwords {

    public static final int ITERATIONS = 210_000;
    /**
     * The iterations of a published password's hash (the demo accounts', printed in the README): a costly hash
     * protects a secret, and this one is none, so it gets the platform's minimum. A check then costs a fraction of a
     * millisecond instead of about 70 ms of CPU, for each API call and login of the demo and of the tests.
     */
    public static final int PUBLISHED_ITERATIONS = 1_024;

    /** The parameters of {@link Pbkdf2PasswordHash#initialize} for this many iterations (at least 1,024). */
    public static Map<String, String> parameters(int iterations) {
        return Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256", "Pbkdf2PasswordHash.Iterations",
                String.valueOf(iterations), "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32");
    }

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Pbkdf2PasswordHash published;

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

    /** What an unknown user name is checked against, so that it takes as long as a known one. */
    private String nobody;

    @PostConstruct
    void configure() {
        hash.initialize(parameters(ITERATIONS));
        published.initialize(parameters(PUBLISHED_ITERATIONS));
        nobody = hash.generate("no such account".toCharArray());
    }

    public PasswordHash hash() {
        return hash;
    }

    /**
     * The hash for a password everybody knows (the demo accounts'), at {@value #PUBLISHED_ITERATIONS} iterations.
     * Every check reads the iterations stored with the hash, so {@link #hash()} verifies these too, and a password
     * changed later gets {@value #ITERATIONS} again.
     */
    public PasswordHash publishedHash() {
        return published;
    }

    /** Spends the same time as a real check, so an unknown user name cannot be told by timing. */
    public void burn(char[] password) {
        hash.verify(password, nobody);
    }

    @Produces
    LoginThrottle throttle() {
        return throttle;
    }
}
