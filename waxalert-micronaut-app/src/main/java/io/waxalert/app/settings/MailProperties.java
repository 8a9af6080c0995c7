package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code waxalert.mail.*}: the alert mails (the SMTP server is {@code javamail.properties.*}).
 *
 * @param from the sender, e.g. {@code WaxAlert <alerts@example.org>}
 */
@Context
@ConfigurationProperties("waxalert.mail")
public record MailProperties(@NotBlank(message = "waxalert.mail.from must not be empty") String from) {}
