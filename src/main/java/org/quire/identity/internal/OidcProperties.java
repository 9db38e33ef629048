package org.quire.identity.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An external OpenID Connect provider. When {@code issuerUri} is empty Quire runs the embedded
 * demo provider instead (never under the {@code prod} profile).
 */
@ConfigurationProperties("quire.oidc")
public record OidcProperties(@Nullable String issuerUri, @DefaultValue("quire") String clientId,
        @Nullable String clientSecret, @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {
}
