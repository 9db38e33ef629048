package org.quire.storage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import org.quire.storage.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts mongo-java-server in-process (H2 file backend, loopback, random port) and points Spring
 * Data MongoDB at it. A demo and development store: it acknowledges writes about a second before
 * they reach the file and has no transactions, so production uses a real replica set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreCondition.class)
class EmbeddedStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

    @Bean(destroyMethod = "stop")
    EmbeddedStore embeddedStore(StoreProperties properties) {
        var directory = properties.directory().toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + directory, e);
        }
        var store = new EmbeddedStore(directory.resolve("quire.mv.db"));
        store.start();
        log.warn("No MONGODB_URI set: using the embedded demo store at {} (port {}). "
                + "It is not a production database.", store.file(), store.address().getPort());
        return store;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedStore embeddedStore) {
        var address = embeddedStore.address();
        var uri = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort());
        return () -> uri;
    }
}
