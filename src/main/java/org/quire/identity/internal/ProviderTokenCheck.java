package org.quire.identity.internal;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.quire.identity.ProviderAccessTokens;
import org.quire.shared.PersonKey;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Checks a provider's JWT access token: signature by the provider's published keys, time, issuer,
 * audience (Quire's client id) and that it is an access token. The decoder is made at the first
 * token, not at start-up, so Quire starts while the provider is still booting; a failure to reach
 * the provider is retried at the next token.
 */
final class ProviderTokenCheck implements ProviderAccessTokens {

    static final String NOT_VALID = "The bearer token is neither a Quire personal access token nor a valid "
            + "access token for Quire from the sign-in provider.";

    static final String UNCHECKED = "Quire could not check the token with the sign-in provider just now; try "
            + "again in a moment.";

    private final String issuer;
    private final String audience;
    private final Supplier<NimbusJwtDecoder> decoders;
    private volatile @Nullable JwtDecoder decoder;

    /**
     * @param decoders makes a decoder that verifies signatures with the provider's keys; the
     *        checks of claims are added here
     */
    ProviderTokenCheck(String issuer, String audience, Supplier<NimbusJwtDecoder> decoders) {
        this.issuer = issuer;
        this.audience = audience;
        this.decoders = decoders;
    }

    @Override
    public PersonKey holderOf(String token) {
        Jwt jwt;
        try {
            jwt = decoder().decode(token);
        } catch (JwtValidationException invalid) {
            if (invalid.getErrors().stream().anyMatch(error -> String.valueOf(error.getDescription())
                    .startsWith("Jwt expired"))) {
                throw new CredentialsExpiredException("The sign-in provider's access token has expired: get a new "
                        + "one from the provider, or use a personal access token.");
            }
            throw new BadCredentialsException(NOT_VALID + " " + firstDescription(invalid), invalid);
        } catch (BadJwtException malformed) {
            throw new BadCredentialsException(NOT_VALID, malformed);
        } catch (JwtException unreachable) {
            throw new BadCredentialsException(UNCHECKED, unreachable);
        }
        return new PersonKey(jwt.getClaimAsString("iss"), jwt.getSubject());
    }

    private JwtDecoder decoder() {
        var known = decoder;
        if (known == null) {
            synchronized (this) {
                known = decoder;
                if (known == null) {
                    var made = made();
                    made.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(JwtValidators
                            .createDefaultWithIssuer(issuer), this::forQuire, ProviderTokenCheck::accessToken)));
                    known = made;
                    decoder = known;
                }
            }
        }
        return known;
    }

    private NimbusJwtDecoder made() {
        try {
            return decoders.get();
        } catch (RuntimeException providerAway) { // discovery of the provider's keys failed: next token tries again
            throw new BadCredentialsException(UNCHECKED, providerAway);
        }
    }

    private OAuth2TokenValidatorResult forQuire(Jwt jwt) {
        var audiences = jwt.getAudience();
        return audiences != null && audiences.contains(audience) ? OAuth2TokenValidatorResult.success()
                : failure("The token was issued for another application, not for Quire (" + audience + ").");
    }

    /** ID tokens name Quire as their audience too, but carry no granted scopes. */
    private static OAuth2TokenValidatorResult accessToken(Jwt jwt) {
        return jwt.hasClaim("scope") || jwt.hasClaim("scp") ? OAuth2TokenValidatorResult.success()
                : failure("It is not an access token (an ID token cannot be used to call the API).");
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }

    private static String firstDescription(JwtValidationException invalid) {
        return invalid.getErrors().stream().map(OAuth2Error::getDescription).filter(d -> d != null).findFirst()
                .orElse("");
    }
}
