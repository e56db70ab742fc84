package org.salescycle.board;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.salescycle.identity.WebappLogin;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The board's page at {@code /my-pipeline/} (static files in {@code static/my-pipeline}). It is
 * for users logged in to the Camunda webapps: without that login it sends the browser to
 * Tasklist's login. The data comes from {@code GET /api/board}, which checks who may see what.
 */
@Configuration
class BoardPage implements WebMvcConfigurer {

  static final String PATH = "/my-pipeline";
  static final String TASKLIST = "/camunda/app/tasklist/default/";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController(PATH, PATH + "/");
    registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
  }

  @Bean
  FilterRegistrationBean<WebappLoginRequired> boardPageLogin(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new WebappLoginRequired(engine.getName()));
    registration.setName("board-page-login");
    registration.addUrlPatterns(PATH, PATH + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Sends a browser without a webapp login to Tasklist, whose page asks for one. */
  private static final class WebappLoginRequired extends OncePerRequestFilter {

    private final String engineName;

    WebappLoginRequired(String engineName) {
      this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      if (WebappLogin.of(request, engineName).isEmpty()) {
        response.sendRedirect(request.getContextPath() + TASKLIST);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
