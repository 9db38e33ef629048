package org.quire;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Quire: a collaborative drafting wiki for medical code-set workgroups.
 * Each direct subpackage is a feature module (see {@code ModularityTests}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class QuireApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuireApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
