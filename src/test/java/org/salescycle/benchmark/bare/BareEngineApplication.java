package org.salescycle.benchmark.bare;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The baseline: what a user could pick instead of this application, the Camunda engine with its
 * REST API and webapps and nothing around it (no models, plugins, listeners or domain tables).
 * The benchmark starts it as a JVM of its own on the project's runtime class path plus the test
 * classes, configured by bare-engine.yaml instead of the project's application.yaml. Like any
 * production setup, and like this application, it asks REST clients for HTTP Basic and checks
 * authorizations.
 *
 * <p>Not a {@code @SpringBootApplication}: the project's {@code @SpringBootTest}s look for the one
 * {@code @SpringBootConfiguration} in their package, its sub-packages and then upwards, and would
 * find this one beside SalesCycleApplication. It has no components to scan either.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = {FlywayAutoConfiguration.class, MailSenderAutoConfiguration.class})
public class BareEngineApplication {

  public static void main(String[] args) {
    new SpringApplicationBuilder(BareEngineApplication.class)
        .properties("spring.config.name=bare-engine")
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
