package io.waxalert.persistence.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code verdicts} column: a JSON array of {@code {criterion, verdict, observed, required,
 * reason}} with lower-case enum names. Also reads the {@code explanation} text of rows recorded
 * before V5 ("label (mark): reason" per line) as verdicts without figures, so old alerts still show
 * their reasons; this is the one place that text is parsed.
 */
public final class VerdictsJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, String>>> ROWS = new TypeReference<>() {};
  private static final Pattern LEGACY_LINE = Pattern.compile("(.+?) \\((ok|no|not judged)\\): (.*)");

  private VerdictsJson() {}

  public static String write(List<CriterionResult> verdicts) {
    List<Map<String, String>> rows = new ArrayList<>(verdicts.size());
    for (CriterionResult v : verdicts) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("criterion", v.criterion().name().toLowerCase(Locale.ROOT));
      row.put("verdict", v.verdict().name().toLowerCase(Locale.ROOT));
      row.put("observed", v.observed());
      row.put("required", v.required());
      row.put("reason", v.reason());
      rows.add(row);
    }
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("verdicts cannot be written as JSON", e);
    }
  }

  /** The verdicts of a row: its JSON, or else its pre-V5 explanation; unknown criteria are left out. */
  public static List<CriterionResult> read(@Nullable String json, @Nullable String legacyExplanation) {
    if (json != null && !json.isBlank()) {
      return fromJson(json);
    }
    return legacyExplanation == null ? List.of() : fromExplanation(legacyExplanation);
  }

  private static List<CriterionResult> fromJson(String json) {
    List<Map<String, String>> rows;
    try {
      rows = JSON.readValue(json, ROWS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable verdicts column: " + e.getOriginalMessage(), e);
    }
    List<CriterionResult> verdicts = new ArrayList<>(rows.size());
    for (Map<String, String> row : rows) {
      Criterion criterion = enumOrNull(Criterion.class, row.get("criterion"));
      Verdict verdict = enumOrNull(Verdict.class, row.get("verdict"));
      if (criterion != null && verdict != null && row.get("reason") != null) {
        verdicts.add(new CriterionResult(criterion, verdict, row.get("observed"), row.get("required"),
            row.get("reason")));
      }
    }
    return verdicts;
  }

  static List<CriterionResult> fromExplanation(String explanation) {
    List<CriterionResult> verdicts = new ArrayList<>();
    for (String line : explanation.split("\n")) {
      Matcher m = LEGACY_LINE.matcher(line.trim());
      Criterion criterion = m.matches() ? byLabel(m.group(1)) : null;
      if (criterion != null) {
        Verdict verdict = switch (m.group(2)) {
          case "ok" -> Verdict.PASSED;
          case "no" -> Verdict.FAILED;
          default -> Verdict.NOT_JUDGED;
        };
        verdicts.add(new CriterionResult(criterion, verdict, m.group(3)));
      }
    }
    return verdicts;
  }

  private static @Nullable Criterion byLabel(String label) {
    for (Criterion criterion : Criterion.values()) {
      if (criterion.label().equals(label)) {
        return criterion;
      }
    }
    return null;
  }

  private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
