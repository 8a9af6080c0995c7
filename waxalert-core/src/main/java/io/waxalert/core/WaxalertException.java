package io.waxalert.core;

/** Root of the unchecked exceptions the core throws. */
public abstract class WaxalertException extends RuntimeException {

  protected WaxalertException(String message) {
    super(message);
  }

  protected WaxalertException(String message, Throwable cause) {
    super(message, cause);
  }
}
