package io.waxalert.discogs.internal;

/** Keeps secrets out of messages and logs: Discogs echoes {@code token=} and {@code secret=} in URLs. */
final class Redaction {

  private Redaction() {}

  static String url(String url) {
    return url == null ? "" : url.replaceAll("(?i)([?&](?:token|key|secret|oauth_[a-z_]+)=)[^&]*", "$1***");
  }
}
