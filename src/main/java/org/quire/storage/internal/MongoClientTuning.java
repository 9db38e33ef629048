package org.quire.storage.internal;

import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;
import org.quire.storage.StoreProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Majority writes (an acknowledged revision survives a primary failover) and short time-outs, so a
 * database outage is reported within seconds instead of the driver's default half minute.
 */
@Component
class MongoClientTuning implements MongoClientSettingsBuilderCustomizer {

    private final StoreProperties properties;

    MongoClientTuning(StoreProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(com.mongodb.MongoClientSettings.Builder settings) {
        settings.writeConcern(WriteConcern.MAJORITY)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(
                        (int) properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
