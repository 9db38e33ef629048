package org.quire.export.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages into the application's log, under their own names ({@code com.openhtmltopdf.load}
 * and so on): its default logger prints straight to the console, and at INFO it narrates every
 * document ("Using fast-mode renderer. Prepare to fly."). Here its INFO is DEBUG, so an export logs
 * only problems unless someone turns those loggers up. Only openhtmltopdf's own logging changes.
 */
final class PdfRendererLog implements XRLogger {

    private static final PdfRendererLog INSTANCE = new PdfRendererLog();

    private PdfRendererLog() {
    }

    /** Idempotent; called before each document, cheap. */
    static void install() {
        if (XRLog.getLoggerImpl() != INSTANCE) {
            XRLog.setLoggerImpl(INSTANCE);
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        var logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (value >= Level.FINE.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the application's logging configuration's to set
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
                : value >= Level.FINE.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
    }
}
