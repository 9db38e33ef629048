package org.quire.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.comment.CommentThreads;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notification e-mail through a real SMTP server (GreenMail on a loopback port): sent for the kinds
 * a person chose, not for the others, plain text with a link to the place. Its application has mail
 * configured, a second application beside the shared one: named a restart test so it gets a JVM of
 * its own (a second Spring Security application in one JVM breaks the demo sign-in of the first).
 */
@QuireIntegrationTest(properties = "quire.notifications.base-url=https://quire.example.org")
class NotificationMailRestartIT {

    static final GreenMail SMTP = startSmtp();

    @Autowired
    Notifications notifications;
    @Autowired
    CommentThreads threads;
    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void mailGoesOutForTheKindsAPersonChoseAndForNoOther() throws Exception {
        signInAs("member");
        assertThat(notifications.emailAvailable()).isTrue();
        notifications.choose(NotificationKind.MENTIONED, Delivery.IN_APP_AND_EMAIL);
        notifications.choose(NotificationKind.REPLIED, Delivery.IN_APP);
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Mailed " + UUID.randomUUID(), List.of(1)));
        var mine = threads.startOnProposal(proposal.id(), "Who checks the vignette?");
        int before = SMTP.getReceivedMessages().length;

        signInAs("staff");
        threads.reply(mine.id(), "I will, this week.");
        var asked = threads.startOnProposal(proposal.id(), "@DrRafaelOkafor, is the rationale final?");

        // one sending thread, in order: had the reply gone out by mail it would be here before the mention
        assertThat(SMTP.waitForIncomingEmail(20_000, before + 1)).as("the mention's e-mail arrives").isTrue();
        var received = Arrays.asList(SMTP.getReceivedMessages()).subList(before, SMTP.getReceivedMessages().length);
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(recipients(mail)).containsExactly("rafael.okafor@example.org");
            assertThat(mail.getSubject()).startsWith("Quire: Dana Whitfield mentioned you on " + proposal.number());
            assertThat(mail.getContentType()).startsWith("text/plain");
            assertThat(mail.getContent()).asString().contains("is the rationale final?",
                    "https://quire.example.org/proposals/" + proposal.id().value() + "#thread-" + asked.id().value(),
                    "https://quire.example.org/notifications");
        });

        signInAs("member");
        assertThat(notifications.recent(10)).extracting(Notification::kind).as("both told in Quire")
                .startsWith(NotificationKind.MENTIONED, NotificationKind.REPLIED);
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }

    private static GreenMail startSmtp() {
        try (var free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var smtp = new GreenMail(new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            free.close();
            smtp.start();
            return smtp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
