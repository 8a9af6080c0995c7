package io.waxalert.app.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.waxalert.core.entry.Alert;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Posts one alert to a user's webhook. The generic shape is a JSON object whose {@code content} is a
 * one-line summary (so it works as-is for Discord, which reads {@code content}), with the details
 * under {@code alert}. An ntfy topic URL (host {@code ntfy.sh} or any host starting with
 * {@code ntfy.}) gets ntfy's plain form instead: the summary as the body with {@code Title},
 * {@code Click} and {@code Tags} headers. Any 2xx answer counts as delivered.
 */
public class WebhookSender {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final AlertMail mail;
  private final WebhookTargets targets;

  public WebhookSender(AlertMail mail, WebhookTargets targets) {
    this.mail = mail;
    this.targets = targets;
  }

  /** Throws when the URL is not a public address or the webhook did not answer 2xx. */
  public void send(String url, Alert alert) throws IOException, InterruptedException {
    URI uri = URI.create(url);
    targets.requirePublic(uri);
    String summary = summary(alert);
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
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload(alert, summary))));
    }
    HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("webhook answered HTTP " + response.statusCode());
    }
  }

  String summary(Alert alert) {
    return "WaxAlert: " + alert.title() + " for " + alert.price() + " – " + alert.url();
  }

  ObjectNode payload(Alert alert, String summary) {
    ObjectNode root = JSON.createObjectNode();
    root.put("event", "waxalert.alert");
    root.put("content", summary);
    ObjectNode a = root.putObject("alert");
    a.put("id", alert.id().toString());
    a.put("entry_id", alert.entryId().toString());
    a.put("release_id", alert.releaseId());
    a.put("title", alert.title());
    a.put("notification_type", alert.type().name().toLowerCase(Locale.ROOT));
    a.put("listing_id", alert.listingId());
    a.put("listing_price", alert.price().amountText());
    a.put("listing_currency", alert.price().currency().name());
    a.put("listing_condition", alert.mediaCondition() == null ? null : alert.mediaCondition().abbreviation());
    a.put("sleeve_condition", alert.sleeveCondition() == null ? null : alert.sleeveCondition().abbreviation());
    a.put("seller_name", alert.sellerName());
    a.put("seller_rating", alert.sellerRating());
    a.put("ships_from", alert.shipsFrom());
    a.put("listing_url", alert.url());
    a.put("entry_url", mail.entryUrl(alert));
    ArrayNode why = a.putArray("explanation");
    for (String line : alert.explanation().split("\n")) {
      if (!line.isBlank()) {
        why.add(line);
      }
    }
    a.put("created_at", alert.createdAt().toString());
    root.put("attribution", AlertMail.ATTRIBUTION + " " + AlertMail.NON_AFFILIATION);
    return root;
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
