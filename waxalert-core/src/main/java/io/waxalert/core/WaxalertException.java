package io.waxalert.core;

/** Root of the unchecked exceptions the core throws. */
public abstract class WaxalertException extends RuntimeException {

  /**
   * Creates the exception.
   *
   * @param message what went wrong, in words fit for the collector or operator
   */
  protected WaxalertException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the failure that led to it.
   *
   * @param message what went wrong, in words fit for the collector or operator
   * @param cause the underlying failure
   */
  protected WaxalertException(String message, Throwable cause) {
    super(message, cause);
  }
}
