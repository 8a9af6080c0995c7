package io.waxalert.app.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.settings.SignInProperties;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds what one client address may spend of the one Discogs budget every user shares without
 * being anyone: each sign-in attempt that asks Discogs (a token to check, a "Sign in with Discogs"
 * start) first takes one from the address's allowance, a bucket of {@code waxalert.sign-in.max-per-minute}
 * (default 10) refilled at that many a minute, and a good sign-in gives it back. So junk costs at most
 * the allowance of Discogs requests per address and minute (the bucket's size in a burst), a throttled
 * address gets its next try after 60 / max-per-minute seconds (the 429's {@code Retry-After}), and
 * concurrent junk cannot slip past the count. The address is the client's as {@link HttpClientAddressResolver}
 * resolves it: behind a trusted proxy the forwarded client, else the connection's peer.
 */
@Singleton
class SignInThrottle {

  /** Beyond this many tracked addresses, the full buckets (no recent attempt) are dropped. */
  private static final int PRUNE_ABOVE = 10_000;

  /** An address's allowance: how many attempts it has left, as of {@code at} (epoch millis). */
  private record Bucket(double left, long at) {}

  private final double capacity;
  private final double perMilli;
  private final Clock clock;
  private final HttpClientAddressResolver addresses;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  SignInThrottle(SignInProperties settings, Clock clock, HttpClientAddressResolver addresses) {
    this.capacity = settings.maxPerMinute();
    this.perMilli = settings.maxPerMinute() / 60_000.0;
    this.clock = clock;
    this.addresses = addresses;
  }

  /** The client address {@code request} is counted under. */
  String client(HttpRequest<?> request) {
    String address = addresses.resolve(request);
    return address == null ? "unknown" : address;
  }

  /**
   * Takes one attempt from {@code client}'s allowance.
   *
   * @throws ApiException 429 with the time until the next attempt frees up, when none is left
   */
  void take(String client) {
    long now = clock.millis();
    double[] wait = {0};
    buckets.compute(client, (address, old) -> {
      double left = refilled(old, now);
      if (left < 1) {
        wait[0] = (1 - left) / perMilli;
        return new Bucket(left, now);
      }
      return new Bucket(left - 1, now);
    });
    if (wait[0] > 0) {
      throw ApiException.tooManyRequests("There were too many sign-in attempts from this address; try again in "
          + Math.max(1, Math.round(wait[0] / 1000)) + " seconds.", null, Duration.ofMillis((long) Math.ceil(wait[0])));
    }
    if (buckets.size() > PRUNE_ABOVE) {
      buckets.entrySet().removeIf(e -> refilled(e.getValue(), now) >= capacity);
    }
  }

  /** Gives back the attempt a good sign-in took: good sign-ins never use up the allowance. */
  void giveBack(String client) {
    long now = clock.millis();
    buckets.computeIfPresent(client, (address, old) -> new Bucket(Math.min(capacity, refilled(old, now) + 1), now));
  }

  private double refilled(Bucket bucket, long now) {
    if (bucket == null) {
      return capacity;
    }
    return Math.min(capacity, bucket.left() + Math.max(0, now - bucket.at()) * perMilli);
  }
}
