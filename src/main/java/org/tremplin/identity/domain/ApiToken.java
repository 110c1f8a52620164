package org.tremplin.identity.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import org.tremplin.shared.domain.BaseEntity;

/**
 * A personal access token: an integration acts with its owner's role and sites, within a scope, until the
 * token expires or is revoked. The token reads {@code trp_<lookup>_<secret>}: the lookup finds the row, the
 * secret (32 random bytes) is shown once and only its SHA-256 is kept. A secret of that length needs no slow
 * hash: checking one costs a digest, not PBKDF2.
 * <p>
 * Not in the shared cache: revocation on one instance must refuse the next use on every instance.
 */
@Entity
@Table(name = "api_token")
@Cacheable(false)
public class ApiToken extends BaseEntity {

    public static final String PREFIX = "trp_";
    /** The longest a token may live. */
    public static final int MAX_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account owner;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, length = 80)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TokenScope scope;

    @Column(nullable = false, length = 16, unique = true)
    private String lookup;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    /** A new token and its secret text, to be shown once. */
    public record Issued(ApiToken token, String text) {
    }

    /**
     * Issues a token for an account. It expires at the end of {@code expiresOn}, which lies after today and at
     * most {@value #MAX_DAYS} days ahead.
     */
    public static Issued issue(Account owner, String name, TokenScope scope, LocalDate expiresOn, Instant now, LocalDate today) {
        String problem = expiryProblem(expiresOn, today);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        ApiToken t = new ApiToken();
        t.owner = owner;
        t.name = name == null ? null : name.strip();
        t.scope = scope;
        t.expiresOn = expiresOn;
        t.createdAt = now;
        t.lookup = HexFormat.of().formatHex(random(8));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        t.secretHash = digest(secret);
        return new Issued(t, PREFIX + t.lookup + "_" + secret);
    }

    /** What can be wrong with an expiry date (the page names it from the bundles, the API in English). */
    public enum ExpiryProblem {
        MISSING("Choose the day the token expires."),
        NOT_AFTER_TODAY("A token expires after today."),
        TOO_FAR("A token lives at most " + MAX_DAYS + " days: choose an earlier day.");

        private final String text;

        ExpiryProblem(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** What is wrong with an expiry date, or null: after today, at most {@value #MAX_DAYS} days ahead. */
    public static ExpiryProblem checkExpiry(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return ExpiryProblem.MISSING;
        }
        if (!expiresOn.isAfter(today)) {
            return ExpiryProblem.NOT_AFTER_TODAY;
        }
        return expiresOn.isAfter(today.plusDays(MAX_DAYS)) ? ExpiryProblem.TOO_FAR : null;
    }

    /** {@link #checkExpiry} in words, or null. */
    public static String expiryProblem(LocalDate expiresOn, LocalDate today) {
        ExpiryProblem problem = checkExpiry(expiresOn, today);
        return problem == null ? null : problem.text();
    }

    /** The lookup part of a token's text, or null when the text is not a token of this app. */
    public static String lookupOf(String text) {
        if (text == null || !text.startsWith(PREFIX) || text.length() != PREFIX.length() + 16 + 1 + 43
                || text.charAt(PREFIX.length() + 16) != '_') {
            return null;
        }
        return text.substring(PREFIX.length(), PREFIX.length() + 16);
    }

    /** Whether the text is this token's, and the token usable today: not revoked, not expired, its owner enabled. */
    public boolean accepts(String text, LocalDate today) {
        String secret = lookupOf(text) == null ? "" : text.substring(PREFIX.length() + 17);
        boolean same = MessageDigest.isEqual(secretHash.getBytes(StandardCharsets.US_ASCII),
                digest(secret).getBytes(StandardCharsets.US_ASCII));
        return same && isUsable(today) && owner.isEnabled();
    }

    /** Where a token stands: usable, past its last day, or revoked. */
    public enum State { ACTIVE, EXPIRED, REVOKED }

    public State state(LocalDate today) {
        return revokedAt != null ? State.REVOKED : today.isAfter(expiresOn) ? State.EXPIRED : State.ACTIVE;
    }

    public boolean isUsable(LocalDate today) {
        return revokedAt == null && !today.isAfter(expiresOn);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public void used(Instant at) {
        lastUsedAt = at;
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Account getOwner() { return owner; }
    public String getName() { return name; }
    public TokenScope getScope() { return scope; }
    public String getLookup() { return lookup; }
    public Instant getCreatedAt() { return createdAt; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
}
