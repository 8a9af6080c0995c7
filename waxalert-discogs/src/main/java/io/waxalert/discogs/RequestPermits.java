package io.waxalert.discogs;

/**
 * A hook before every HTTP request the client makes (API, sell page, OAuth, retries included): a
 * permit from outside the client's own rate limiter, taken first and held while the client's limiter
 * and its hold after a low {@code X-Discogs-Ratelimit-Remaining} or a 429 pace the request. A host
 * uses it to order requests among its users (a fair gate) or to share one budget among several
 * processes (a token bucket in a database). The client's 429 and remaining-header handling stays.
 *
 * <pre>{@code
 * DiscogsClientConfig.builder().requestPermits(() -> {
 *   bucket.asBlocking().consume(1);      // the cluster's budget
 *   return RequestPermits.Permit.NONE;   // nothing to give back
 * })
 * }</pre>
 */
@FunctionalInterface
public interface RequestPermits {

  /** No outside permit: the client's own limiter alone. */
  RequestPermits NONE = () -> Permit.NONE;

  /**
   * Blocks until the next request may be paced by the client; the permit is closed once it is.
   *
   * @return the permit, held while the client's own limiter paces the request
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  Permit acquire() throws InterruptedException;

  /** Held while the client's own limiter paces the request; closed before the request is sent. */
  @FunctionalInterface
  interface Permit extends AutoCloseable {

    /** Nothing to give back. */
    Permit NONE = () -> { };

    @Override
    void close();
  }
}
