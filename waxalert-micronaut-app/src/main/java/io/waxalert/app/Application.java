package io.waxalert.app;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.waxalert.app.config.Launcher;
import io.waxalert.app.config.LogFormat;

/** Starts the WaxAlert service. */
@OpenAPIDefinition(info = @Info(title = "waxalert", version = "0.1",
    description = "Watches the Discogs marketplace for the records collectors want."))
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    // Before anything logs: logback.xml reads the same setting and would not say it is wrong.
    LogFormat format = LogFormat.configured(System.getProperties(), System.getenv());
    Launcher.of(args) // a refused setting is one line naming it, not a stack trace
        .mainClass(Application.class)
        .banner(format == LogFormat.TEXT) // the banner's lines are not JSON
        .start();
  }
}
