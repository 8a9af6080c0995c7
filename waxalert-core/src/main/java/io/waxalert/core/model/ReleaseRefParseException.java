package io.waxalert.core.model;

import io.waxalert.core.WaxalertException;

/** A release reference that names no Discogs release or master; the message says what was expected. */
public final class ReleaseRefParseException extends WaxalertException {

  /**
   * Creates the exception.
   *
   * @param message what was wrong with the reference and what is expected
   */
  public ReleaseRefParseException(String message) {
    super(message);
  }
}
