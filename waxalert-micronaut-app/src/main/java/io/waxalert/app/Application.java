package io.waxalert.app;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts the WaxAlert service. */
@OpenAPIDefinition(info = @Info(title = "waxalert", version = "0.1",
    description = "Watches the Discogs marketplace for the records collectors want."))
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
