package org.quire.descriptor;

/** Errors block "ready for review"; warnings are shown and do not block. */
public enum Severity {
    ERROR, WARNING
}
