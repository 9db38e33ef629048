package org.quire.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where the embedded store keeps its file (ignored when {@code MONGODB_URI} is set)
 * @param serverSelectionTimeout how long the driver looks for a server before it reports an outage
 * @param connectTimeout how long one connection attempt may take
 */
@ConfigurationProperties("quire.store")
public record StoreProperties(
        @DefaultValue("data") Path directory,
        @DefaultValue("3s") Duration serverSelectionTimeout,
        @DefaultValue("3s") Duration connectTimeout) {
}
