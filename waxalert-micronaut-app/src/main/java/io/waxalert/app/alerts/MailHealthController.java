package io.waxalert.app.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.settings.ServiceProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /health/mail}: whether alert mails can go out, apart from {@code /health} (whose status
 * is the database's: an SMTP outage must not make a load balancer drop the instance). Anyone sees the
 * status (503 while down); an operator presenting {@code Authorization: Bearer <waxalert.operator-token>}
 * also sees the details: which server, since when, and why.
 */
@Controller("/health/mail")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "operations")
class MailHealthController {

  private final SmtpHealth smtp;
  private final @Nullable byte[] operatorToken;

  MailHealthController(SmtpHealth smtp, ServiceProperties service) {
    this.smtp = smtp;
    this.operatorToken = service.operatorToken() == null ? null
        : ("Bearer " + service.operatorToken()).getBytes(StandardCharsets.UTF_8);
  }

  @Get
  @Operation(summary = "Whether the SMTP server can be reached; the details (server, since, why) only for"
      + " Authorization: Bearer <waxalert.operator-token>", security = {})
  @ApiResponse(responseCode = "200", description = "alert mails can go out", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "503", description = "the SMTP server cannot be reached",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailHealth.class),
          examples = @ExampleObject(name = "down, seen by the operator", value = "{\"status\": \"DOWN\", \"details\":"
              + " {\"server\": \"smtp.example.org:587\", \"since\": \"2026-03-01T09:12:00Z\", \"checked_at\":"
              + " \"2026-03-01T09:20:00Z\", \"reason\": \"Connection refused\"}}")))
  HttpResponse<MailHealth> mail(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization) {
    SmtpHealth.State state = smtp.state();
    Details details = isOperator(authorization)
        ? new Details(state.server(), state.since() == null ? null : state.since().toString(),
            state.checkedAt() == null ? null : state.checkedAt().toString(), state.reason())
        : null;
    return HttpResponse.status(state.status() == SmtpHealth.Status.DOWN ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
        .body(new MailHealth(state.status().name(), details));
  }

  private boolean isOperator(@Nullable String authorization) {
    return operatorToken != null && authorization != null
        && MessageDigest.isEqual(operatorToken, authorization.trim().getBytes(StandardCharsets.UTF_8));
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MailHealth(String status, @Nullable Details details) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Details(String server, @Nullable String since, @Nullable String checkedAt, @Nullable String reason) {}
}
