package org.quire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on its own fresh embedded store (or on the MongoDB named
 * by {@code QUIRE_TEST_MONGODB_URI}, in a database of its own), with Vaadin in production mode
 * as a browser sees it. Tests sharing the same properties share one running application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestStore.class)
public @interface QuireIntegrationTest {

    /** Extra properties; tests with different ones get an application of their own. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
