package org.tremplin.identity.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.tremplin.identity.domain.ApiToken;
import org.tremplin.shared.rest.Inputs;

/**
 * A personal access token as the API shows it: {@code token}, the secret, only in the answer to its
 * creation; {@code revoked}, {@code lastUsedAt} and {@code createdAt} in the lists.
 */
@JsonbPropertyOrder({"id", "name", "scope", "expiresOn", "token"})
public record TokenJson(Long id, String name, String scope, String expiresOn, String token, String createdAt,
        String lastUsedAt, Boolean revoked) {

    static TokenJson of(ApiToken t, String secret) {
        return new TokenJson(t.getId(), t.getName(), t.getScope().name(), Inputs.text(t.getExpiresOn()), secret,
                String.valueOf(t.getCreatedAt()), t.getLastUsedAt() == null ? null : t.getLastUsedAt().toString(),
                t.getRevokedAt() != null);
    }
}
