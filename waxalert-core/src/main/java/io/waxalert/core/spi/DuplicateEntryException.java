package io.waxalert.core.spi;

import io.waxalert.core.WaxalertException;

/** The owner already watches this release or master. */
public final class DuplicateEntryException extends WaxalertException {

  /**
   * Creates the exception.
   *
   * @param message which release or master the owner already watches
   */
  public DuplicateEntryException(String message) {
    super(message);
  }
}
