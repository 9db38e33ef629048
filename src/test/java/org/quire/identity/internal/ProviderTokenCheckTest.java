package org.quire.identity.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What happens while the provider cannot be reached: a clear refusal now, another try next time. */
class ProviderTokenCheckTest {

    private static final String SOME_JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW1iZXIifQ.c2lnbmF0dXJl";

    @Test
    void aProviderThatCannotBeReachedRefusesTheTokenAndIsAskedAgainAtTheNext() {
        var attempts = new AtomicInteger();
        var check = new ProviderTokenCheck("https://sign-in.example", "quire", () -> {
            attempts.incrementAndGet();
            throw new ResourceAccessException("Connection refused");
        });

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> check.holderOf(SOME_JWT)).isInstanceOf(BadCredentialsException.class)
                    .hasMessage(ProviderTokenCheck.UNCHECKED);
        }
        assertThat(attempts).hasValue(2);
    }
}
