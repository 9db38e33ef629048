package org.quire.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of personal access tokens: 32 random bytes, base64url, after the prefix
 * {@value #PREFIX} so that people, logs and secret scanners recognise one. Quire keeps only the
 * SHA-256 hash: a secret of 256 random bits needs no slow, salted hash (nobody can guess it, so
 * there is no dictionary to slow down), and an unsalted hash can be looked up by an exact-key index.
 */
public final class AccessTokenSecrets {

    public static final String PREFIX = "quire_pat_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokenSecrets() {
    }

    public static String generate() {
        var bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a secret Quire makes (no look-up needed to refuse the rest). */
    public static boolean wellFormed(String secret) {
        return SHAPE.matcher(secret).matches();
    }

    /** Lower-case hex SHA-256 of the secret's UTF-8 bytes. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
