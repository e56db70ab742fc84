package org.salescycle.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and security of the OpenAPI description at /v3/api-docs, shown by Swagger UI. */
@Configuration
class OpenApiDescription {

  private static final String BASIC = "basic";

  @Bean
  OpenAPI salesCycleApi() {
    return new OpenAPI()
        .info(new Info().title("Sales Cycle API").version("1")
            .description("Leads in, events in, where every lead stands and who owns it; the "
                + "product catalogue and each lead's quotes. HTTP Basic with a Camunda user: sales reps, sales "
                + "managers, administrators or lead sources. Only the customer's quote "
                + "acceptance page needs no login: its signed link is the credential."))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
