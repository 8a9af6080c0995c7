package io.waxalert.app.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Money;
import java.util.Locale;

/**
 * The webhook's JSON: {@code content} a one-line summary (what Discord shows), the details under
 * {@code alert} with the seed's field names, its verdicts both as {@code explanation} lines and as
 * structured {@code verdicts}.
 */
final class WebhookPayload {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AlertLinks links;
  private final ExchangeRates rates;

  WebhookPayload(AlertLinks links, ExchangeRates rates) {
    this.links = links;
    this.rates = rates;
  }

  static String summary(Alert alert) {
    return "WaxAlert: " + alert.title() + " for " + alert.price() + " – " + alert.url();
  }

  String json(Alert alert) {
    try {
      return JSON.writeValueAsString(payload(alert));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("webhook payload cannot be written", e);
    }
  }

  ObjectNode payload(Alert alert) {
    ObjectNode root = JSON.createObjectNode();
    root.put("event", "waxalert.alert");
    root.put("content", summary(alert));
    ObjectNode a = root.putObject("alert");
    a.put("id", alert.id().toString());
    a.put("entry_id", alert.entryId().toString());
    a.put("release_id", alert.releaseId());
    a.put("title", alert.title());
    a.put("notification_type", alert.type().wireName());
    a.put("listing_id", alert.listingId());
    a.put("listing_price", alert.price().amountText());
    a.put("listing_currency", alert.price().currency().name());
    a.put("listing_shipping", alert.shipping() == null ? null : alert.shipping().amountText());
    a.put("listing_total", alert.total(rates).map(Money::amountText).orElse(null));
    a.put("listing_condition", alert.mediaCondition() == null ? null : alert.mediaCondition().abbreviation());
    a.put("sleeve_condition", alert.sleeveCondition() == null ? null : alert.sleeveCondition().abbreviation());
    a.put("seller_name", alert.sellerName());
    a.put("seller_rating", alert.sellerRating());
    a.put("seller_feedback", alert.sellerFeedback());
    a.put("ships_from", alert.shipsFrom());
    a.put("listing_url", alert.url());
    a.put("entry_url", links.entryUrl(alert));
    ArrayNode why = a.putArray("explanation");
    alert.explain().lines().forEach(why::add);
    ArrayNode verdicts = a.putArray("verdicts");
    for (CriterionResult v : alert.verdicts()) {
      verdicts.addObject()
          .put("criterion", v.criterion().name().toLowerCase(Locale.ROOT))
          .put("verdict", v.verdict().name().toLowerCase(Locale.ROOT))
          .put("observed", v.observed())
          .put("required", v.required())
          .put("reason", v.reason());
    }
    a.put("unverified_because", alert.unverifiedBecause());
    a.put("created_at", alert.createdAt().toString());
    root.put("attribution", AlertFacts.ATTRIBUTION + " " + AlertFacts.NON_AFFILIATION);
    return root;
  }
}
