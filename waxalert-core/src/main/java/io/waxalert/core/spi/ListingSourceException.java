package io.waxalert.core.spi;

import io.waxalert.core.WaxalertException;

/** A market check that could not be made: an error answer, a blocked or challenge page, a timeout. */
public class ListingSourceException extends WaxalertException {

  public ListingSourceException(String message) {
    super(message);
  }

  public ListingSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
