package org.salescycle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts the HTTP server, a browser, PostgreSQL or separate application JVMs: it runs
 * in {@code mvn verify} (maven-failsafe-plugin), not in {@code mvn test}. {@link
 * IntegrationTagTest} fails when such a test lacks this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {

  /** The JUnit tag: surefire excludes it, failsafe runs only it (pom.xml). */
  String TAG = "integration";
}
