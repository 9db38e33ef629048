package org.quire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application a store of its own: a fresh folder for the embedded store (its file
 * is locked while open), or a fresh database on the MongoDB of {@code QUIRE_TEST_MONGODB_URI}.
 */
public class TestStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String REAL_MONGODB_VARIABLE = "QUIRE_TEST_MONGODB_URI";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new HashMap<String, Object>(properties(freshDirectory()));
        properties.put("vaadin.productionMode", "true");
        // no comment-period notices at a random minute of a test (the permission matrix compares the
        // store before and after); tests that want them run the sweep themselves
        properties.put("quire.notifications.period-notices", "-");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("quire-test-store", properties));
    }

    /** Store properties for a test application whose embedded store lives in {@code directory}. */
    public static java.util.Map<String, Object> properties(Path directory) {
        var properties = new HashMap<String, Object>();
        var realMongo = System.getenv(REAL_MONGODB_VARIABLE);
        if (realMongo != null && !realMongo.isBlank()) {
            properties.put("spring.mongodb.uri", realMongo);
            properties.put("spring.mongodb.database", "quire-test-" + directory.getFileName());
        } else {
            properties.put("spring.mongodb.uri", "");
            properties.put("quire.store.directory", directory.toString());
        }
        return properties;
    }

    /**
     * Starts a whole Quire application on a random port with its store in {@code directory}, in
     * production mode (the properties are passed as arguments: they outrank application.yml).
     */
    public static ConfigurableApplicationContext startApplication(Path directory) {
        return startApplication(directory, java.util.Map.of());
    }

    /** Like {@link #startApplication(Path)}, with {@code extra} properties on top. */
    public static ConfigurableApplicationContext startApplication(Path directory, java.util.Map<String, String> extra) {
        var properties = new HashMap<String, Object>(properties(directory));
        properties.putAll(extra);
        properties.put("server.port", "0");
        properties.put("vaadin.productionMode", "true");
        var arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(QuireApplication.class).web(WebApplicationType.SERVLET).run(arguments);
    }

    public static Path freshDirectory() {
        try {
            var parent = Files.createDirectories(Path.of("target", "test-stores"));
            return Files.createDirectory(parent.resolve(UUID.randomUUID().toString().substring(0, 8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
