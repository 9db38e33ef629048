package org.quire.api;

/**
 * A token just created, with its secret: the only time Quire has the secret in hand. Show it to
 * its owner once; it is not stored and cannot be shown again.
 */
public record NewAccessToken(AccessToken token, String secret) {

    /** Never the secret: these records may end up in logs. */
    @Override
    public String toString() {
        return "NewAccessToken[" + token + ", secret=quire_pat_…]";
    }
}
