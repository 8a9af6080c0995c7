package io.waxalert.discogs;

import io.waxalert.core.spi.ListingSourceException;
import java.util.Objects;

/**
 * The listings of a release's sell page could not be read. The message says why in a collector's
 * words; {@link #reason()} classifies it for back-off, status details and metrics.
 */
public class SellPageException extends ListingSourceException {

  /** Why a sell page could not be read. */
  public enum Reason {
    /** Cloudflare's "Just a moment..." robot check, with any status. */
    CHALLENGE("Discogs showed a robot check (a Cloudflare challenge) instead of the sell page"),
    /** 401 or 403 without a challenge. */
    BLOCKED("Discogs' website refused to show the sell page"),
    /** 429, or this instance's own Discogs budget ran out. */
    RATE_LIMITED("Discogs asked WaxAlert to slow down"),
    /** 5xx, a timeout or no answer. */
    UNAVAILABLE("Discogs' website did not answer"),
    /** 404. */
    NOT_FOUND("Discogs has no sell page for this release"),
    /** A page WaxAlert cannot read: not a sell page, or listings it cannot make out. */
    UNKNOWN_LAYOUT("the sell page looks different from what WaxAlert can read (Discogs may have changed it)");

    private final String words;

    Reason(String words) {
      this.words = words;
    }

    /**
     * The reason in a collector's words.
     *
     * @return the words, without a final full stop
     */
    public String words() {
      return words;
    }
  }

  /** The release whose sell page failed. */
  private final long releaseId;
  /** Why it failed. */
  private final Reason reason;
  /** What exactly was seen; empty when nothing beyond the reason. */
  private final String detail;

  /**
   * @param releaseId the Discogs release id
   * @param reason why the page could not be read
   * @param detail what exactly was seen, for the curious ("HTTP 403", "title 'Log In'"); may be
   *     empty
   */
  public SellPageException(long releaseId, Reason reason, String detail) {
    super(message(releaseId, reason, detail));
    this.releaseId = releaseId;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = detail == null ? "" : detail;
  }

  /**
   * Creates the exception with the failure that led to it.
   *
   * @param releaseId the Discogs release id
   * @param reason why the page could not be read
   * @param detail what exactly was seen; may be empty
   * @param cause the underlying failure
   */
  public SellPageException(long releaseId, Reason reason, String detail, Throwable cause) {
    super(message(releaseId, reason, detail), cause);
    this.releaseId = releaseId;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = detail == null ? "" : detail;
  }

  /** {@return the release whose sell page could not be read} */
  public long releaseId() {
    return releaseId;
  }

  /** {@return why the page could not be read} */
  public Reason reason() {
    return reason;
  }

  /**
   * What exactly was seen, empty when nothing beyond the reason.
   *
   * @return the detail, or empty
   */
  public String detail() {
    return detail;
  }

  private static String message(long releaseId, Reason reason, String detail) {
    return "the listings of release " + releaseId + " could not be read: " + reason.words()
        + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
  }
}
