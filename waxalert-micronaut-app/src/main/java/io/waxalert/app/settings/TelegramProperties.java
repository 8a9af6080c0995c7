package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * {@code waxalert.telegram.*}: the Telegram channel, on when a bot token is set. The token is a
 * secret: {@link #toString()} never shows it.
 *
 * @param botToken the token BotFather gave the bot ({@code 123456:ABC-…}); none: no Telegram channel
 * @param apiUrl the Bot API's base URL
 */
@Context
@ConfigurationProperties("waxalert.telegram")
public record TelegramProperties(
    @Nullable
    @Pattern(regexp = "[0-9]+:[A-Za-z0-9_-]+",
        message = "waxalert.telegram.bot-token must look like 123456:ABC-DEF, the token BotFather gave")
    String botToken,
    @HttpUrl(property = "waxalert.telegram.api-url") String apiUrl) {

  public TelegramProperties {
    botToken = botToken == null || botToken.isBlank() ? null : botToken.trim();
    apiUrl = apiUrl != null && apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
  }

  /** The bot token, when the channel is on. */
  public Optional<String> token() {
    return Optional.ofNullable(botToken);
  }

  @Override
  public String toString() {
    return "TelegramProperties[apiUrl=" + apiUrl + ", botToken=" + (botToken == null ? "none" : "***") + "]";
  }
}
