package org.quire.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where the embedded store keeps its file (ignored when {@code MONGODB_URI} is set)
 * @param serverSelectionTimeout how long the driver looks for a server before it reports an outage;
 *        also the longest a watch ping may take
 * @param connectTimeout how long one connection attempt may take
 * @param watchInterval how often {@link StoreStatus} pings the database while it answers
 * @param watchIntervalWhenDown how often it pings while the database does not answer, so that its
 *        return is noticed quickly
 */
@ConfigurationProperties("quire.store")
public record StoreProperties(
        @DefaultValue("data") Path directory,
        @DefaultValue("3s") Duration serverSelectionTimeout,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("2s") Duration watchInterval,
        @DefaultValue("1s") Duration watchIntervalWhenDown) {
}
