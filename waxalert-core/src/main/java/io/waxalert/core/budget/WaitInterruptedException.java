package io.waxalert.core.budget;

import io.waxalert.core.WaxalertException;

/**
 * A thread was interrupted while waiting for another thread's load ({@link SingleFlight}); its
 * interrupt flag is set again. The load itself goes on for the other callers.
 */
public final class WaitInterruptedException extends WaxalertException {

  WaitInterruptedException(InterruptedException cause) {
    super("interrupted while waiting for a load in flight", cause);
  }
}
