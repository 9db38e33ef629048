package org.quire.storage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
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

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(StoreProperties properties) {
        var directory = properties.directory().toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + directory, e);
        }
        var file = directory.resolve("quire.mv.db");
        var server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        log.warn("No MONGODB_URI set: using the embedded demo store at {} (port {}). "
                + "It is not a production database.", file, address.getPort());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
        var address = embeddedMongoServer.getLocalAddress();
        var uri = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort());
        return () -> uri;
    }
}
