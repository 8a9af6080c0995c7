package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country names Discogs writes in English on the marketplace ("Germany", "United States"), so a
 * collector's country compares with a listing's "Ships From" and "Unavailable in". Looks names up
 * case-insensitively, accepting ISO 3166 codes ("DE") and common other spellings ("USA",
 * "Deutschland"). The list holds the common countries; it lives in {@code countries.tsv} next to
 * this class. Thread-safe.
 */
public final class DiscogsCountries {

  private static final List<String> NAMES = new ArrayList<>();
  private static final Map<String, String> LOOKUP = new HashMap<>();

  static {
    try (InputStream in = DiscogsCountries.class.getResourceAsStream("countries.tsv");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(DiscogsCountries::add);
    } catch (IOException e) {
      throw new UncheckedIOException("the list of countries cannot be read", e);
    }
    NAMES.sort(String::compareTo);
  }

  private DiscogsCountries() {}

  private static void add(String line) {
    String[] columns = line.split("\t", -1);
    String name = columns[1].strip();
    NAMES.add(name);
    LOOKUP.put(key(name), name);
    LOOKUP.putIfAbsent(key(columns[0]), name);
    if (columns.length > 2 && !columns[2].isBlank()) {
      // "Korea, Republic of" has a comma of its own: aliases are split on commas not followed by a space
      for (String alias : columns[2].split(",(?! )")) {
        LOOKUP.putIfAbsent(key(alias), name);
      }
    }
  }

  /**
   * Every name, sorted: for a picker.
   *
   * @return the names as Discogs writes them
   */
  public static List<String> names() {
    return List.copyOf(NAMES);
  }

  /**
   * The name Discogs writes for this name, code or spelling, e.g. "de" → "Germany".
   *
   * @param nameOrCode a country name, ISO 3166 code or common spelling, any case; null for none
   * @return the name; empty when unknown or null
   */
  public static Optional<String> find(@Nullable String nameOrCode) {
    return nameOrCode == null ? Optional.empty() : Optional.ofNullable(LOOKUP.get(key(nameOrCode)));
  }

  /**
   * The country a Discogs profile's free-text location ends in: "Berlin, Germany" → "Germany",
   * "Brooklyn, NY, USA" → "United States"; empty when it ends in no known country (best effort:
   * people write anything there).
   *
   * @param location the profile's location, null or blank when the profile gives none
   * @return the country's name as Discogs writes it; empty when none is recognised
   */
  public static Optional<String> fromLocation(@Nullable String location) {
    if (location == null || location.isBlank()) {
      return Optional.empty();
    }
    String[] parts = location.split("[,/|(]");
    for (int i = parts.length - 1; i >= 0; i--) {
      String part = parts[i].replace(")", "").strip();
      if (part.isEmpty()) {
        continue;
      }
      // two-letter parts are too often states or provinces ("NY", "CA") to read as country codes
      return part.length() <= 2 && !part.equalsIgnoreCase("uk") && !part.equalsIgnoreCase("us")
          ? Optional.empty() : find(part);
    }
    return Optional.empty();
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
