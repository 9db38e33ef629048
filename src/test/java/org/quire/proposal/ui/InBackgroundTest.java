package org.quire.proposal.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.audit.ClientAddress;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work a tab hands to a background thread (a save, a draft write) is audited with the address of
 * the person's request, as it runs with their security context.
 */
class InBackgroundTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void backgroundWorkCarriesTheAddressOfTheRequestThatAskedForIt() throws Exception {
        onRequestFrom("203.0.113.7");
        var tab = InBackground.forCurrentTab(new UI());
        onRequestFrom("203.0.113.8");

        assertThat(addressSeenBy(tab)).isEqualTo("203.0.113.8");
    }

    @Test
    void backgroundWorkStartedWithoutARequestCarriesTheAddressTheTabWasOpenedFrom() throws Exception {
        onRequestFrom("203.0.113.7");
        var tab = InBackground.forCurrentTab(new UI());
        RequestContextHolder.resetRequestAttributes();

        assertThat(addressSeenBy(tab)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.current()).as("nothing left behind on this thread").isNull();
    }

    private static String addressSeenBy(InBackground tab) throws Exception {
        var seen = new CompletableFuture<String>();
        tab.run(() -> seen.complete(String.valueOf(ClientAddress.current())), done -> { },
                seen::completeExceptionally);
        return seen.get(10, TimeUnit.SECONDS);
    }

    private static void onRequestFrom(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
