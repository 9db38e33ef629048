package org.quire.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl Quire's address as people reach it, for the links in e-mail
 * @param keepPerPerson how many notifications each person keeps; older ones are dropped
 * @param mailFrom the sender of notification e-mail
 * @param closingNotice how long before a comment period closes its commenters are reminded
 * @param periodNotices when the sweep for comment-period notices runs (a cron expression; "-" turns it off)
 */
@ConfigurationProperties("quire.notifications")
record NotificationSettings(@DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("500") int keepPerPerson, @DefaultValue("quire@localhost") String mailFrom,
        @DefaultValue("PT48H") Duration closingNotice, @DefaultValue("0 * * * * *") String periodNotices) {

    NotificationSettings {
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        keepPerPerson = Math.clamp(keepPerPerson, 1, 10_000);
    }
}
