package org.quire.identity.ui;

import java.io.Serializable;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.quire.identity.SessionLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The idle time-out. Open pages send a heartbeat every few seconds, which keeps the HTTP session
 * alive, so the container's time-out alone fires only once every page is closed. Vaadin's
 * {@code closeIdleSessions} ends its own session when no interaction came for the session's
 * time-out, heartbeats or not; this ends the HTTP session with it, so the sign-in goes too and
 * the page's reload lands on sign-in instead of quietly starting a new Vaadin session.
 */
@Component
class IdleSessions implements HttpSessionListener, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleSessions.class);

    private final int idleSeconds;

    IdleSessions(SessionLimits limits) {
        this.idleSeconds = Math.toIntExact(limits.idleTimeout().toSeconds());
    }

    /** Exact to the second: Tomcat counts {@code server.servlet.session.timeout} in whole minutes. */
    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleSeconds);
    }

    /**
     * By the time Vaadin announces a closed session it has let go of the HTTP session and no
     * request is current, so each Vaadin session keeps a reference to its HTTP session from the
     * start.
     */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession()
                .setAttribute(HttpSessionOf.class, new HttpSessionOf(init.getSession().getSession())));
        event.getSource().addSessionDestroyListener(destroyed -> {
            var httpSession = destroyed.getSession().getAttribute(HttpSessionOf.class);
            if (httpSession != null) {
                httpSession.end();
            }
        });
    }

    /** Not serialized with the Vaadin session: a restored session has no HTTP session to end. */
    private static final class HttpSessionOf implements Serializable {

        private final transient @Nullable WrappedSession session;

        HttpSessionOf(WrappedSession session) {
            this.session = session;
        }

        void end() {
            if (session == null) {
                return;
            }
            try {
                session.invalidate();
                log.debug("Ended the HTTP session of a closed Vaadin session");
            } catch (IllegalStateException alreadyInvalidated) {
                // signed out or expired: the HTTP session ended first
            }
        }
    }
}
