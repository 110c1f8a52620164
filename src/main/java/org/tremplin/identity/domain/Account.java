package org.tremplin.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.security.enterprise.identitystore.PasswordHash;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.domain.BaseEntity;

/** A person who logs in. Its role says what it may do, its sites (or funded programmes) what it sees. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.WITH_SITES, query = "SELECT a FROM Account a LEFT JOIN FETCH a.sites WHERE a.username = :u", hints = {
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE),
        @QueryHint(name = QueryHints.READ_ONLY, value = HintValues.TRUE),
        @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = BaseEntity.KEPT_MILLIS)})
public class Account extends BaseEntity {

    /**
     * An account ({@code :u}, normalised) with its sites: every request's scope, kept a few seconds. (A
     * query of the site ids alone is a report query, whose results EclipseLink does not keep.) Read-only:
     * EclipseLink's own cached account, not a copy; for reading its sites, never for changing it.
     */
    public static final String WITH_SITES = "Account.withSites";

    @NotBlank
    @Pattern(regexp = "^[a-z0-9._-]{3,40}$", message = "{tremplin.username.invalid}")
    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    /** Where reminders go (the overdue loans of a coordinator's sites); optional. */
    @Email
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    private boolean enabled = true;

    @ManyToMany
    @JoinTable(name = "account_site", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    private Set<Site> sites = new HashSet<>();

    /** For funders: the programmes whose totals they review. */
    @ManyToMany
    @JoinTable(name = "account_programme", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "programme_id"))
    private Set<Programme> programmes = new HashSet<>();

    protected Account() {
    }

    public Account(String username, String displayName, Role role) {
        this.username = normalise(username);
        this.displayName = displayName;
        this.role = role;
    }

    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public void changePassword(char[] password, PasswordHash hash) {
        String refused = PasswordPolicy.check(username, new String(password)).orElse(null);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        this.passwordHash = hash.generate(password);
    }

    /** An enabled account whose stored hash this password matches; a missing or unreadable hash matches nothing. */
    public boolean canLogIn(char[] password, PasswordHash hash) {
        return enabled && matches(hash, password, passwordHash);
    }

    /** The password matches the stored hash; a missing or unreadable one (altered in the database) matches nothing. */
    public static boolean matches(PasswordHash hash, char[] password, String stored) {
        if (stored == null) {
            return false;
        }
        try {
            return hash.verify(password, stored);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    public boolean sees(Site site) {
        return role.seesAllSites() || sites.contains(site);
    }

    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.strip(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Set<Site> getSites() { return sites; }
    public Set<Programme> getProgrammes() { return programmes; }
    public boolean hasPassword() { return passwordHash != null; }
}
