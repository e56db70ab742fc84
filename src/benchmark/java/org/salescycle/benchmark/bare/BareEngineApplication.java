package org.salescycle.benchmark.bare;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The baseline: what a user could pick instead of this application, the Camunda engine with its
 * REST API and webapps and nothing around it (no models, plugins, listeners or domain tables).
 * The benchmark starts it as a JVM of its own on the project's runtime class path plus the test
 * classes, configured by bare-engine.yaml instead of the project's application.yaml. Like any
 * production setup, and like this application, it asks REST clients for HTTP Basic and checks
 * authorizations.
 *
 * <p>Neither a {@code @SpringBootApplication} nor a {@code @Configuration}, though it lives under
 * org.salescycle: the project's {@code @SpringBootTest}s look for the one
 * {@code @SpringBootConfiguration} in their package and its sub-packages, and the application's
 * component scan takes in every {@code @Configuration} of the test classes; either would bring
 * this class into the project's tests. It is only ever the primary source of its own run, which
 * is enough for its annotations and its bean.
 */
@EnableAutoConfiguration(exclude = {FlywayAutoConfiguration.class, MailSenderAutoConfiguration.class})
public class BareEngineApplication {

  /** Its configuration file, bare-engine.yaml, in place of the project's application.yaml. */
  public static final String CONFIGURATION = "spring.config.name=bare-engine";

  public static void main(String[] args) {
    new SpringApplicationBuilder(BareEngineApplication.class)
        .properties(CONFIGURATION)
        .run(args);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider",
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
