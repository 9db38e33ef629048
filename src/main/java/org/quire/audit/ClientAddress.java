package org.quire.audit;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address of the person a piece of work is done for, so that every audit event of
 * their action says where it came from. On a request thread it is the request's remote address
 * (behind a proxy the real client's, since production sets {@code server.forward-headers-strategy});
 * work handed to another thread carries it there with {@link #carrying}, as it carries the person's
 * security context.
 */
public final class ClientAddress {

    private static final ThreadLocal<@Nullable String> CARRIED = new ThreadLocal<>();

    private ClientAddress() {
    }

    /** The address of the request on this thread, else the one carried onto it, else none. */
    public static @Nullable String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return CARRIED.get();
    }

    /** Does the work on this thread as if for a request from {@code address} (taken earlier with {@link #current}). */
    public static <T> T carrying(@Nullable String address, Supplier<T> work) {
        var before = CARRIED.get();
        CARRIED.set(address);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CARRIED.remove();
            } else {
                CARRIED.set(before);
            }
        }
    }
}
