package org.quire.proposal.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import org.jspecify.annotations.Nullable;
import org.quire.audit.ClientAddress;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work for one browser tab done off its request thread (database calls, rendering), so the page
 * never waits on them: the work runs as the signed-in person (their security context, so every
 * service still checks their role, and their client address, so its audit events say where it came
 * from), its result reaches the page through Push.
 */
public final class InBackground {

    private static final ExecutorService WORKERS = Executors.newVirtualThreadPerTaskExecutor();

    private final UI ui;
    private final SecurityContext person;
    private final @Nullable String address;

    private InBackground(UI ui, SecurityContext person, @Nullable String address) {
        this.ui = ui;
        this.person = person;
        this.address = address;
    }

    /** Call on the request thread of the tab, where the person's security context is set. */
    public static InBackground forCurrentTab(UI ui) {
        var person = SecurityContextHolder.createEmptyContext();
        person.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return new InBackground(ui, person, ClientAddress.current());
    }

    public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        // The address of the request asking for the work if there is one (a click), else the tab's.
        var requested = ClientAddress.current();
        var from = requested != null ? requested : address;
        WORKERS.execute(() -> {
            T result;
            try {
                SecurityContextHolder.setContext(person);
                result = ClientAddress.carrying(from, work);
            } catch (RuntimeException problem) {
                onPage(() -> failed.accept(problem));
                return;
            } finally {
                SecurityContextHolder.clearContext();
            }
            onPage(() -> done.accept(result));
        });
    }

    /** Applies a change to the page from any thread; a closed tab is silently skipped. */
    public void onPage(Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException closed) {
            // the tab is gone: nobody to show it to
        }
    }

    UI ui() {
        return ui;
    }
}
