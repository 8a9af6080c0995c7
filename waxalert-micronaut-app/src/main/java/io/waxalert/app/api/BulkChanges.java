package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.waxalert.app.http.ApiException;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/wanted-list/bulk}: one action on up to {@link #MAX_IDS} of the caller's entries.
 * The request is checked as a whole first (action, ids, criteria: a bad value is a 400 naming its
 * field and nothing changes); then each entry is changed in its own transaction, so an entry that
 * is gone (deleted in another window, or not the caller's: "not_found") never undoes the others,
 * and the answer has one result per id, in the request's order.
 */
@Singleton
class BulkChanges {

  static final int MAX_IDS = 500;

  private enum Action { PAUSE, RESUME, DELETE, RESTORE, UPDATE }

  /** One entry's outcome: {@code ok} (with the entry as it is now, unless deleted), {@code not_found} or {@code error}. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Outcome(String id, String status, @Nullable EntryView entry, @Nullable String message,
      @Nullable String field) {}

  /** The answer: the action, how many entries it changed and failed, and each entry's outcome. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Result(String action, int ok, int failed, List<Outcome> results) {}

  private final WantedListService entries;

  BulkChanges(WantedListService entries) {
    this.entries = entries;
  }

  Result run(UserAccount owner, Body body) {
    Action action = action(body);
    List<String> ids = ids(body);
    Body criteria = body.object("criteria");
    if (action == Action.UPDATE) {
      if (criteria == null || Criteria.FIELDS.stream().noneMatch(criteria::has)) {
        throw ApiException.badRequest("criteria", "must name at least one criterion to change, such as"
            + " {\"max_price\": \"25.00\"}");
      }
      Criteria.apply(criteria, AlertCriteria.none(), owner.currency()); // a bad value refuses the whole request
    }
    List<Outcome> results = new ArrayList<>(ids.size());
    int ok = 0;
    for (String id : ids) {
      Outcome outcome = one(owner, action, id, criteria);
      ok += outcome.status().equals("ok") ? 1 : 0;
      results.add(outcome);
    }
    return new Result(action.name().toLowerCase(Locale.ROOT), ok, ids.size() - ok, results);
  }

  private Outcome one(UserAccount owner, Action action, String id, @Nullable Body criteria) {
    try {
      EntryView entry = switch (action) {
        case PAUSE, RESUME -> entries.view(entries.setActive(owner, id, action == Action.RESUME));
        case UPDATE -> entries.view(entries.change(owner, id, criteria));
        case RESTORE -> entries.restore(owner, id);
        case DELETE -> {
          if (!entries.delete(owner, id)) {
            throw ApiException.noSuchEntry();
          }
          yield null;
        }
      };
      return new Outcome(id, "ok", entry, null, null);
    } catch (ApiException e) {
      String status = e.status().getCode() == 404 ? "not_found" : "error";
      return new Outcome(id, status, null, e.getMessage(), e.field());
    }
  }

  private static Action action(Body body) {
    String action = body.string("action", 16);
    try {
      return Action.valueOf(action == null ? "" : action.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("action", "must be \"pause\", \"resume\", \"delete\", \"restore\" or \"update\"");
    }
  }

  private static List<String> ids(Body body) {
    List<String> ids = body.strings("ids", Integer.MAX_VALUE, 64);
    if (ids == null || ids.isEmpty()) {
      throw ApiException.badRequest("ids", "must name at least one entry, as a list of entry ids");
    }
    if (ids.size() > MAX_IDS) {
      throw ApiException.badRequest("ids", "may name at most " + MAX_IDS + " entries per request; send the rest"
          + " in another request");
    }
    return ids;
  }
}
