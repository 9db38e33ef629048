package org.quire.workgroup;

/**
 * The access policy said no. The message is safe to show: it names the action, never the object,
 * so guessing ids tells nothing about what exists.
 */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String message) {
        super(message);
    }
}
