package org.tremplin.testing;

import jakarta.security.enterprise.identitystore.PasswordHash;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.tremplin.identity.application.Passwords;

/** The platform's PBKDF2 password hash (Soteria, as in Payara) at its smallest iteration count, for unit tests. */
public final class FastHash {

    public static final int ITERATIONS = 1024;

    private FastHash() {
    }

    public static PasswordHash create() {
        return create(ITERATIONS);
    }

    public static PasswordHash create(int iterations) {
        Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
        hash.initialize(Passwords.parameters(iterations));
        return hash;
    }
}
