package org.salescycle.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;

/**
 * A test of one controller's request handling in the web layer alone: Spring MVC, the
 * application's Jackson settings and {@link ApiProblems}' problem+json answers, with the
 * controller's services mocked. No engine, no database, no HTTP server, no security filters:
 * who may call what is tested by the integration tests over HTTP.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The board page's login filter needs the engine, which a slice has not.
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
    pattern = "org\\.salescycle\\.board\\.BoardPage"))
@AutoConfigureMockMvc(addFilters = false)
public @interface ControllerSlice {

  /** The controller under test. */
  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value();
}
