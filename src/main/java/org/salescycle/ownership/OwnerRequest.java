package org.salescycle.ownership;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code PUT /api/leads/{id}/owner}. */
public record OwnerRequest(
    @Schema(description = "User id of the sales rep who takes the lead over", example = "ray")
    String owner) {}
