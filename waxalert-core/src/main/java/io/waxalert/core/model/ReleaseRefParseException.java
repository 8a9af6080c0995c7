package io.waxalert.core.model;

import io.waxalert.core.WaxalertException;

/** A release reference that names no Discogs release or master; the message says what was expected. */
public final class ReleaseRefParseException extends WaxalertException {

  public ReleaseRefParseException(String message) {
    super(message);
  }
}
