package org.quire.notification;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.quire.identity.Person;
import org.quire.identity.PersonDirectory;
import org.quire.shared.PersonKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification as plain-text e-mail, when Spring Boot made a mail sender (only when
 * {@code spring.mail.host} is set). One sending thread with a bounded queue, off the request that
 * caused the notification; a failure is logged and the notification stays in Quire.
 */
@Component
class NotificationMail implements DisposableBean {

    static final int QUEUE = 1_000;
    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final PersonDirectory people;
    private final NotificationSettings settings;
    private final ThreadPoolExecutor sending = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), Thread.ofVirtual().name("notification-mail").factory(),
            (mail, full) -> log.warn("Notification e-mail dropped: {} are waiting to be sent already", QUEUE));

    NotificationMail(ObjectProvider<JavaMailSender> senders, PersonDirectory people, NotificationSettings settings) {
        this.senders = senders;
        this.people = people;
        this.settings = settings;
    }

    boolean configured() {
        return senders.getIfAvailable() != null;
    }

    void send(Notification notification) {
        var sender = senders.getIfAvailable();
        if (sender == null || sending.isShutdown()) {
            return;
        }
        var address = addressOf(notification.recipient());
        if (address.isEmpty()) {
            log.info("No e-mail address known for {}: told in Quire only", notification.recipient());
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(address.get());
        message.setSubject(subject(notification));
        message.setText(body(notification));
        sending.execute(() -> {
            try {
                sender.send(message);
            } catch (RuntimeException failed) {
                log.warn("Could not send the notification {} by e-mail to {}", notification.id().value(),
                        notification.recipient(), failed);
            }
        });
    }

    Optional<String> addressOf(PersonKey person) {
        return people.find(person).map(Person::email).filter(email -> !email.isBlank());
    }

    private static String subject(Notification notification) {
        var line = notification.text().replaceAll("\\s+", " ").strip();
        return "Quire: " + (line.length() > 100 ? line.substring(0, 99) + "…" : line);
    }

    private String body(Notification notification) {
        return notification.text() + "\n\nOpen it in Quire: " + settings.baseUrl() + notification.link()
                + "\n\n--\nYou get this e-mail because you asked for e-mail about: "
                + notification.kind().description().toLowerCase(java.util.Locale.ROOT)
                + ".\nChoose how you are told: " + settings.baseUrl() + "notifications\n";
    }

    @Override
    public void destroy() {
        sending.shutdown();
    }
}
