package io.waxalert.core.spi;

import io.waxalert.core.WaxalertException;

/** A market check that could not be made: an error answer, a blocked or challenge page, a timeout. */
public class ListingSourceException extends WaxalertException {

  /**
   * Creates the exception.
   *
   * @param message what could not be checked and why, for the entry's check state
   */
  public ListingSourceException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the failure that led to it.
   *
   * @param message what could not be checked and why, for the entry's check state
   * @param cause the underlying failure
   */
  public ListingSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
