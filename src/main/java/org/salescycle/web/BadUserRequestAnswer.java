package org.salescycle.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API answers 500 when starting a process or completing a task fails, whatever
 * the cause: those resources wrap every engine exception in a RestException with status 500, even
 * a BadUserRequestException, which the API answers with 400 everywhere else. A lead or a quote
 * that breaks the rules is the sender's input, not a server fault: this answers such a
 * RestException with 400 and the BadUserRequestException's message, in the engine's error format,
 * and leaves every other one to the engine's own handler. The message never names the process
 * definition the engine's wrapper adds; in the webapps a lead or quote refused by the rules reads
 * as one sentence for the rep.
 *
 * <p>It serves {@code /engine-rest} and its mirror in the webapps, {@code /camunda/api/engine},
 * which Tasklist calls; Jersey reads the webapps' extra providers from the servlet context's
 * attributes. Its priority puts it before the engine's handler of RestException; a third mapper of
 * RestException with the same priority would make Jersey choose between them at random.
 */
@Configuration
class BadUserRequestAnswer {

  @Bean
  ResourceConfigCustomizer badUserRequestsInTheEngineRestApi() {
    return config -> config.register(Mapper.class);
  }

  @Bean
  ServletContextInitializer badUserRequestsInTheWebapps() {
    return context -> context.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
        ForPeople.class.getName());
  }

  @Priority(Priorities.USER - 100)
  public static class Mapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException badRequest) {
          return answer(badRequest);
        }
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    Response answer(BadUserRequestException badRequest) {
      return ExceptionHandlerHelper.getInstance().getResponse(badRequest);
    }
  }

  /**
   * For the webapps: Tasklist shows a refusal's message to the rep as it is, so a lead or quote
   * the rules refuse is answered in one sentence of words ({@link RefusalSentence}).
   */
  @Priority(Priorities.USER - 100)
  public static class ForPeople extends Mapper {

    @Override
    Response answer(BadUserRequestException badRequest) {
      ExceptionHandlerHelper helper = ExceptionHandlerHelper.getInstance();
      ExceptionDto answer = helper.fromException(badRequest);
      answer.setMessage(RefusalSentence.of(badRequest));
      return Response.status(helper.getStatus(badRequest)).entity(answer)
          .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
