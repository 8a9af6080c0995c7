package io.waxalert.core.spi;

import io.waxalert.core.WaxalertException;

/** The owner already watches this release or master. */
public final class DuplicateEntryException extends WaxalertException {

  public DuplicateEntryException(String message) {
    super(message);
  }
}
