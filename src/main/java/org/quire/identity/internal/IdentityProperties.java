package org.quire.identity.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param administrators global ADMINs: each entry is {@code <issuer>#<subject>}, or an e-mail
 *     address that counts only when the provider marks it verified
 * @param demoOnNetwork lets the embedded demo sign-in listen on a non-loopback address; off by
 *     default because anyone who reaches it can sign in as any demo account
 */
@ConfigurationProperties("quire.identity")
public record IdentityProperties(@DefaultValue List<String> administrators,
        @DefaultValue("false") boolean demoOnNetwork) {
}
