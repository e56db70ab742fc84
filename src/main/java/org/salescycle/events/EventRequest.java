package org.salescycle.events;

import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of an event: why it happened, in words. */
public record EventRequest(@Schema(example = "Chose a competitor") String reason) {

  static String reasonOf(EventRequest request) {
    return request == null ? null : request.reason();
  }
}
