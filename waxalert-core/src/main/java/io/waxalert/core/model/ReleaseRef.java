package io.waxalert.core.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a collector pasted to name a record: one release, or a master ("any pressing").
 *
 * @param kind release or master
 * @param id the Discogs id, positive
 */
public record ReleaseRef(Kind kind, long id) {

  /** A single pressing, or a master that groups every pressing of a recording. */
  public enum Kind {
    /** One pressing: {@code [r249504]}, {@code /release/249504}. */
    RELEASE,
    /** Every pressing of a recording: {@code [m96559]}, {@code /master/96559}. */
    MASTER
  }

  private static final Pattern BARE_ID = Pattern.compile("\\d{1,12}");
  private static final Pattern BRACKETED = Pattern.compile("\\[?([rm])(\\d{1,12})]?", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_DIGITS = Pattern.compile("(\\d{1,12})(?:-.*)?");
  private static final String EXPECTED =
      "expected a Discogs release or master: a number such as 249504, [r249504], [m96559],"
          + " or a discogs.com/release/…, /master/… or /sell/release/… URL";

  /**
   * Validates the reference.
   *
   * @param kind release or master
   * @param id the Discogs id, positive
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if the id is not positive
   */
  public ReleaseRef {
    java.util.Objects.requireNonNull(kind, "kind");
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive");
    }
  }

  /**
   * A reference to one release.
   *
   * @param id the Discogs release id, positive
   * @return the reference
   */
  public static ReleaseRef release(long id) {
    return new ReleaseRef(Kind.RELEASE, id);
  }

  /**
   * A reference to a master, meaning any of its pressings.
   *
   * @param id the Discogs master id, positive
   * @return the reference
   */
  public static ReleaseRef master(long id) {
    return new ReleaseRef(Kind.MASTER, id);
  }

  /**
   * Whether this names a master rather than a release.
   *
   * @return true for a master
   */
  public boolean isMaster() {
    return kind == Kind.MASTER;
  }

  /**
   * Parses a bare release id, {@code [r123]}, {@code [m456]}, or a discogs.com release, master or
   * sell-page URL in any of the forms the site has used: with or without slug, scheme, {@code www},
   * locale prefix ({@code /de/release/…}), query or fragment, and the old
   * {@code discogs.com/<Artist-Title>/release/123} form.
   *
   * @param text what the collector pasted; null and blank are rejected
   * @return the reference
   * @throws ReleaseRefParseException saying what was expected
   */
  public static ReleaseRef parse(String text) {
    String input = text == null ? "" : text.trim();
    if (input.isEmpty()) {
      throw new ReleaseRefParseException("empty release reference; " + EXPECTED);
    }
    if (BARE_ID.matcher(input).matches()) {
      return checked(Kind.RELEASE, input, text);
    }
    Matcher bracketed = BRACKETED.matcher(input);
    if (bracketed.matches() && input.startsWith("[")) {
      Kind kind = bracketed.group(1).equalsIgnoreCase("m") ? Kind.MASTER : Kind.RELEASE;
      return checked(kind, bracketed.group(2), text);
    }
    return fromUrl(input, text);
  }

  private static ReleaseRef fromUrl(String input, String original) {
    String withScheme = input.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? input : "https://" + input;
    URI uri;
    try {
      uri = new URI(withScheme.replace(" ", "%20"));
    } catch (URISyntaxException e) {
      throw new ReleaseRefParseException("'" + original + "' is not a valid URL; " + EXPECTED);
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (!host.equals("discogs.com") && !host.endsWith(".discogs.com")) {
      throw new ReleaseRefParseException("'" + original + "' is not a discogs.com address; " + EXPECTED);
    }
    String[] segments = uri.getPath() == null ? new String[0] : uri.getPath().split("/");
    // The kind word is followed by "<id>" or "<id>-<slug>" (or, in the oldest links, "view/<id>");
    // anything before it (locale, "sell", the old artist-title segment) is irrelevant.
    for (int i = 0; i + 1 < segments.length; i++) {
      Kind kind = kindOf(segments[i]);
      if (kind == null) {
        continue;
      }
      int idAt = segments[i + 1].equalsIgnoreCase("view") && i + 2 < segments.length ? i + 2 : i + 1;
      Matcher digits = LEADING_DIGITS.matcher(segments[idAt]);
      if (digits.matches()) {
        return checked(kind, digits.group(1), original);
      }
    }
    throw new ReleaseRefParseException("'" + original + "' names no release or master; " + EXPECTED);
  }

  private static Kind kindOf(String segment) {
    switch (segment.toLowerCase(Locale.ROOT)) {
      case "release":
      case "releases":
        return Kind.RELEASE;
      case "master":
      case "masters":
        return Kind.MASTER;
      default:
        return null;
    }
  }

  private static ReleaseRef checked(Kind kind, String digits, String original) {
    long id = Long.parseLong(digits);
    if (id <= 0) {
      throw new ReleaseRefParseException("'" + original + "' has id 0; " + EXPECTED);
    }
    return new ReleaseRef(kind, id);
  }

  /** Discogs' own short notation: {@code [r249504]} or {@code [m96559]}. */
  @Override
  public String toString() {
    return "[" + (kind == Kind.MASTER ? "m" : "r") + id + "]";
  }
}
