package org.salescycle.quote;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API answers a failed task completion with 500, whatever the cause, since the
 * engine wraps every exception from a task listener. A quote the rep got wrong is the user's
 * input, not a server fault: this answers it with 400 and the rules it breaks, in the engine's
 * error format, and leaves every other error to the engine's own handler.
 */
@Component
class InvalidQuoteAnswer implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(Mapper.class);
  }

  @Priority(Priorities.USER - 100)
  static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler engine = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidQuoteException invalid) {
          return Response.status(Response.Status.BAD_REQUEST)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(Map.of("type", "InvalidQuoteException", "message", invalid.getMessage(),
                  "code", 0))
              .build();
        }
      }
      return engine.toResponse(exception);
    }
  }
}
