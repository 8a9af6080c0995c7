package io.waxalert.app.alerts;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.spi.Notifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The {@code webhook} channel: posts each alert to the user's webhook as JSON ({@link WebhookPayload};
 * Discord reads its {@code content}). An ntfy topic URL (host {@code ntfy.sh} or any host starting
 * with {@code ntfy.}) gets ntfy's plain form instead: the summary as the body with {@code Title},
 * {@code Click} and {@code Tags} headers. Any 2xx answer counts as delivered; a URL that does not
 * reach the public internet ({@link WebhookTargets}) is refused before the post.
 */
public final class WebhookNotifier implements Notifier {

  public static final String CHANNEL = "webhook";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final WebhookTargets targets;
  private final WebhookPayload payload;

  public WebhookNotifier(WebhookTargets targets, AlertLinks links, ExchangeRates rates) {
    this.targets = targets;
    this.payload = new WebhookPayload(links, rates);
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public void send(Recipient recipient, List<Alert> alerts) throws IOException, InterruptedException {
    URI uri = URI.create(recipient.address(CHANNEL).orElseThrow(() -> new IOException("no webhook address")));
    targets.requirePublic(uri);
    for (Alert alert : alerts) {
      post(uri, alert);
    }
  }

  private void post(URI uri, Alert alert) throws IOException, InterruptedException {
    String summary = WebhookPayload.summary(alert);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .header("User-Agent", "WaxAlert webhook");
    if (isNtfy(uri)) {
      request.header("Title", ascii("WaxAlert: " + alert.title()))
          .header("Click", alert.url())
          .header("Tags", "cd")
          .header("Content-Type", "text/plain; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(summary + "\n" + alert.url(), StandardCharsets.UTF_8));
    } else {
      request.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(payload.json(alert), StandardCharsets.UTF_8));
    }
    HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("webhook answered HTTP " + response.statusCode());
    }
  }

  private static boolean isNtfy(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host.equals("ntfy.sh") || host.startsWith("ntfy.");
  }

  /** HTTP header values: ASCII only. */
  private static String ascii(String s) {
    return s.replace('–', '-').replaceAll("[^\\x20-\\x7e]", "?");
  }
}
