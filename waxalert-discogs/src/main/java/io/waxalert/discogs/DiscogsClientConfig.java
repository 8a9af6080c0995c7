package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Immutable settings of a {@link DiscogsClient}. Start from {@link #defaults()}, {@link #builder()}
 * or {@link #from(DiscogsClientConfig)}; each builder method states its default.
 */
public final class DiscogsClientConfig {

  /** Used in the default User-Agent. */
  public static final String VERSION = "0.1.0-SNAPSHOT";
  /** The User-Agent sent unless one is configured: product, version and where to learn about it. */
  public static final String DEFAULT_USER_AGENT = "WaxAlert/" + VERSION + " +https://github.com/waxalert/waxalert";

  /** Waits for the given time; tests pass a recording fake so nothing really sleeps. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits; zero or negative returns at once.
     *
     * @param duration how long
     * @throws InterruptedException when interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * {@code Thread.sleep}.
     *
     * @return the sleeper that really sleeps
     */
    static Sleeper system() {
      return duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      };
    }
  }

  private final URI apiBaseUrl;
  private final URI webBaseUrl;
  private final String userAgent;
  private final DiscogsCredentials credentials;
  private final @Nullable Integer requestsPerWindow;
  private final Duration rateWindow;
  private final double headroom;
  private final Duration permitTimeout;
  private final int lowRemainingThreshold;
  private final @Nullable Duration lowRemainingPause;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final int maxAttempts;
  private final Duration retryBackoff;
  private final Duration maxRetryBackoff;
  private final Duration rateLimitedBackoff;
  private final Duration maxRetryAfter;
  private final int circuitFailureThreshold;
  private final Duration circuitOpenWait;
  private final int perPage;
  private final Clock clock;
  private final Supplier<String> nonceSupplier;
  private final Sleeper sleeper;
  private final RequestPermits requestPermits;

  private DiscogsClientConfig(Builder b) {
    apiBaseUrl = b.apiBaseUrl;
    webBaseUrl = b.webBaseUrl;
    userAgent = b.userAgent;
    credentials = b.credentials;
    requestsPerWindow = b.requestsPerWindow;
    rateWindow = b.rateWindow;
    headroom = b.headroom;
    permitTimeout = b.permitTimeout;
    lowRemainingThreshold = b.lowRemainingThreshold;
    lowRemainingPause = b.lowRemainingPause;
    connectTimeout = b.connectTimeout;
    readTimeout = b.readTimeout;
    requestPermits = b.requestPermits;
    maxAttempts = b.maxAttempts;
    retryBackoff = b.retryBackoff;
    maxRetryBackoff = b.maxRetryBackoff;
    rateLimitedBackoff = b.rateLimitedBackoff;
    maxRetryAfter = b.maxRetryAfter;
    circuitFailureThreshold = b.circuitFailureThreshold;
    circuitOpenWait = b.circuitOpenWait;
    perPage = b.perPage;
    clock = b.clock;
    nonceSupplier = b.nonceSupplier;
    sleeper = b.sleeper;
  }

  /**
   * Every default: the public API, anonymous, Discogs' limits.
   *
   * @return the default config
   */
  public static DiscogsClientConfig defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from another config, to change part of it.
   *
   * @param prototype the config to copy
   * @return a new builder, pre-filled
   */
  public static Builder from(DiscogsClientConfig prototype) {
    return new Builder(prototype);
  }

  /** {@return the API root, without trailing slash} */
  public URI apiBaseUrl() {
    return apiBaseUrl;
  }

  /** {@return the website root, for sell pages and OAuth authorization, without trailing slash} */
  public URI webBaseUrl() {
    return webBaseUrl;
  }

  /** {@return the User-Agent sent on every request} */
  public String userAgent() {
    return userAgent;
  }

  /** {@return how requests are authenticated} */
  public DiscogsCredentials credentials() {
    return credentials;
  }

  /**
   * The configured budget, or 60 when authenticated and 25 when anonymous.
   *
   * @return requests allowed per {@link #rateWindow()}
   */
  public int requestsPerWindow() {
    if (requestsPerWindow != null) {
      return requestsPerWindow;
    }
    return credentials.authenticated() ? 60 : 25;
  }

  /** {@return the window the request budget applies to} */
  public Duration rateWindow() {
    return rateWindow;
  }

  /**
   * The fraction of the budget deliberately left unused.
   *
   * @return the fraction, 0 to 0.5
   */
  public double headroom() {
    return headroom;
  }

  /**
   * The gap between two requests: the window divided by the budget less the headroom, so requests
   * spread evenly (60/min with 2 % headroom: one every 1.02 s).
   *
   * @return the gap between two permits
   */
  public Duration permitInterval() {
    double usable = requestsPerWindow() * (1.0 - headroom);
    return Duration.ofNanos((long) Math.ceil(rateWindow.toNanos() / usable));
  }

  /** {@return how long a caller waits for a permit before its call fails} */
  public Duration permitTimeout() {
    return permitTimeout;
  }

  /**
   * {@return the {@code X-Discogs-Ratelimit-Remaining} count at or below which the client holds
   * back}
   */
  public int lowRemainingThreshold() {
    return lowRemainingThreshold;
  }

  /**
   * The configured hold, or two permit intervals (about 2 s at 60/min).
   *
   * @return how long the client holds back after a low remaining count
   */
  public Duration lowRemainingPause() {
    return lowRemainingPause != null ? lowRemainingPause : permitInterval().multipliedBy(2);
  }

  /** {@return the TCP connect timeout} */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** {@return the timeout for reading a response} */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** {@return attempts per call, the first included, for 429, 5xx and I/O errors} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the first wait before retrying a 5xx or I/O error; it doubles per attempt} */
  public Duration retryBackoff() {
    return retryBackoff;
  }

  /** {@return the upper bound of the 5xx and I/O backoff} */
  public Duration maxRetryBackoff() {
    return maxRetryBackoff;
  }

  /** {@return the wait after a 429 that names no Retry-After} */
  public Duration rateLimitedBackoff() {
    return rateLimitedBackoff;
  }

  /** {@return the longest hold a 429's or 503's Retry-After can impose} */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The longest wait a call sits through before retrying; a longer Retry-After fails the call at
   * once (the hold still keeps every request back).
   *
   * @return the larger of {@link #maxRetryBackoff()} and {@link #rateLimitedBackoff()}
   */
  public Duration longestRetryWait() {
    return maxRetryBackoff.compareTo(rateLimitedBackoff) >= 0 ? maxRetryBackoff : rateLimitedBackoff;
  }

  /** {@return failed requests in a row (5xx, 429, no answer) after which the client pauses} */
  public int circuitFailureThreshold() {
    return circuitFailureThreshold;
  }

  /** {@return how long the client sends nothing after {@link #circuitFailureThreshold()} failures} */
  public Duration circuitOpenWait() {
    return circuitOpenWait;
  }

  /** {@return the page size of paginated endpoints, 1 to 100} */
  public int perPage() {
    return perPage;
  }

  /** {@return the clock for OAuth timestamps, holds and cache ages} */
  public Clock clock() {
    return clock;
  }

  /** {@return the source of OAuth nonces} */
  public Supplier<String> nonceSupplier() {
    return nonceSupplier;
  }

  /** {@return what performs every wait of the client} */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The outside permit taken before every request.
   *
   * @return the permit source; {@link RequestPermits#NONE} by default
   */
  public RequestPermits requestPermits() {
    return requestPermits;
  }

  @Override
  public String toString() {
    return "DiscogsClientConfig[api=" + apiBaseUrl + ", web=" + webBaseUrl + ", userAgent=" + userAgent
        + ", credentials=" + credentials + ", budget=" + requestsPerWindow() + "/" + rateWindow + "]";
  }

  /** Builder; not thread-safe. */
  public static final class Builder {
    private static final SecureRandom RANDOM = new SecureRandom();

    private URI apiBaseUrl = URI.create("https://api.discogs.com");
    private URI webBaseUrl = URI.create("https://www.discogs.com");
    private String userAgent = DEFAULT_USER_AGENT;
    private DiscogsCredentials credentials = DiscogsCredentials.anonymous();
    private @Nullable Integer requestsPerWindow;
    private Duration rateWindow = Duration.ofSeconds(60);
    private double headroom = 0.02;
    private Duration permitTimeout = Duration.ofMinutes(5);
    private int lowRemainingThreshold = 2;
    private @Nullable Duration lowRemainingPause;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(20);
    private int maxAttempts = 2;
    private Duration retryBackoff = Duration.ofSeconds(1);
    private Duration maxRetryBackoff = Duration.ofSeconds(30);
    private Duration rateLimitedBackoff = Duration.ofSeconds(60);
    private Duration maxRetryAfter = Duration.ofMinutes(15);
    private int circuitFailureThreshold = 5;
    private Duration circuitOpenWait = Duration.ofMinutes(2);
    private int perPage = 100;
    private Clock clock = Clock.systemUTC();
    private Supplier<String> nonceSupplier = Builder::randomNonce;
    private Sleeper sleeper = Sleeper.system();
    private RequestPermits requestPermits = RequestPermits.NONE;

    private Builder() {}

    private Builder(DiscogsClientConfig c) {
      apiBaseUrl = c.apiBaseUrl;
      webBaseUrl = c.webBaseUrl;
      userAgent = c.userAgent;
      credentials = c.credentials;
      requestsPerWindow = c.requestsPerWindow;
      rateWindow = c.rateWindow;
      headroom = c.headroom;
      permitTimeout = c.permitTimeout;
      lowRemainingThreshold = c.lowRemainingThreshold;
      lowRemainingPause = c.lowRemainingPause;
      connectTimeout = c.connectTimeout;
      readTimeout = c.readTimeout;
      maxAttempts = c.maxAttempts;
      retryBackoff = c.retryBackoff;
      maxRetryBackoff = c.maxRetryBackoff;
      rateLimitedBackoff = c.rateLimitedBackoff;
      maxRetryAfter = c.maxRetryAfter;
      circuitFailureThreshold = c.circuitFailureThreshold;
      circuitOpenWait = c.circuitOpenWait;
      perPage = c.perPage;
      clock = c.clock;
      nonceSupplier = c.nonceSupplier;
      sleeper = c.sleeper;
      requestPermits = c.requestPermits;
    }

    /**
     * The API root. Default value is {@code https://api.discogs.com}.
     *
     * @param url an absolute URL; a trailing slash is dropped
     * @return this builder
     * @throws IllegalArgumentException if the URL is not absolute
     */
    public Builder apiBaseUrl(String url) {
      apiBaseUrl = baseUrl(url);
      return this;
    }

    /**
     * The website root, for the sell page and the OAuth authorize URL. Default value is
     * {@code https://www.discogs.com}.
     *
     * @param url an absolute URL; a trailing slash is dropped
     * @return this builder
     * @throws IllegalArgumentException if the URL is not absolute
     */
    public Builder webBaseUrl(String url) {
      webBaseUrl = baseUrl(url);
      return this;
    }

    /**
     * Sent on every request; Discogs wants a unique one. Default value is
     * {@link #DEFAULT_USER_AGENT}.
     *
     * @param value the User-Agent, naming the application and a contact
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder userAgent(String value) {
      Objects.requireNonNull(value, "userAgent");
      if (value.isBlank()) {
        throw new IllegalArgumentException("userAgent must not be blank");
      }
      userAgent = value;
      return this;
    }

    /**
     * Default value is {@link DiscogsCredentials#anonymous()}.
     *
     * @param value a personal token, OAuth tokens or anonymous
     * @return this builder
     */
    public Builder credentials(DiscogsCredentials value) {
      credentials = Objects.requireNonNull(value, "credentials");
      return this;
    }

    /**
     * Requests allowed per {@link #rateWindow}, shared by every caller of one client. Default value
     * is 60 with credentials and 25 without, Discogs' limits per source IP.
     *
     * @param value requests per window, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder requestsPerWindow(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("requestsPerWindow must be positive");
      }
      requestsPerWindow = value;
      return this;
    }

    /**
     * The window the budget applies to. Default value is 60 seconds (Discogs' moving window).
     *
     * @param value the window, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder rateWindow(Duration value) {
      rateWindow = positive(value, "rateWindow");
      return this;
    }

    /**
     * Fraction (0 to 0.5) of the budget left unused, because Discogs counts requests as they
     * arrive and network jitter can bunch evenly sent ones into one window. Default value is 0.02.
     *
     * @param value the fraction, 0 to 0.5
     * @return this builder
     * @throws IllegalArgumentException if outside 0 to 0.5
     */
    public Builder headroom(double value) {
      if (!(value >= 0 && value <= 0.5)) {
        throw new IllegalArgumentException("headroom must be between 0 and 0.5");
      }
      headroom = value;
      return this;
    }

    /**
     * How long a caller waits for a permit before failing. Default value is 5 minutes.
     *
     * @param value the longest wait for a permit, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder permitTimeout(Duration value) {
      permitTimeout = positive(value, "permitTimeout");
      return this;
    }

    /**
     * At or below this {@code X-Discogs-Ratelimit-Remaining} the client holds back. Default value
     * is 2.
     *
     * @param value the remaining count, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder lowRemainingThreshold(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("lowRemainingThreshold must not be negative");
      }
      lowRemainingThreshold = value;
      return this;
    }

    /**
     * How long to hold back after a low remaining count, during which Discogs' moving window frees
     * slots. Default value is two permit intervals (about 2 seconds at 60 per minute).
     *
     * @param value the hold, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder lowRemainingPause(Duration value) {
      lowRemainingPause = notNegative(value, "lowRemainingPause");
      return this;
    }

    /**
     * Default value is 5 seconds.
     *
     * @param value the TCP connect timeout, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder connectTimeout(Duration value) {
      connectTimeout = positive(value, "connectTimeout");
      return this;
    }

    /**
     * Default value is 20 seconds.
     *
     * @param value the timeout for reading a response, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder readTimeout(Duration value) {
      readTimeout = positive(value, "readTimeout");
      return this;
    }

    /**
     * Attempts per call, the first included, for 429, 5xx and I/O errors. Default value is 2: one
     * retry rides out a blip; more would only spend the shared budget on an outage and keep a check
     * that cannot be made from failing quickly. A retry waits at most {@link DiscogsClientConfig#longestRetryWait()}.
     *
     * @param value attempts, at least 1 (1: never retry)
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxAttempts(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1");
      }
      maxAttempts = value;
      return this;
    }

    /**
     * First wait before retrying a 5xx or I/O error; doubles per attempt. Default value is 1
     * second.
     *
     * @param value the first wait, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder retryBackoff(Duration value) {
      retryBackoff = notNegative(value, "retryBackoff");
      return this;
    }

    /**
     * Upper bound of the 5xx/I-O backoff. Default value is 30 seconds.
     *
     * @param value the longest wait, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryBackoff(Duration value) {
      maxRetryBackoff = notNegative(value, "maxRetryBackoff");
      return this;
    }

    /**
     * Hold after a 429 without Retry-After (one of Discogs' moving windows): no request of the
     * client goes out before it ends. Default value is 60 seconds.
     *
     * @param value the wait, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder rateLimitedBackoff(Duration value) {
      rateLimitedBackoff = notNegative(value, "rateLimitedBackoff");
      return this;
    }

    /**
     * Cap of the hold a 429's or 503's {@code Retry-After} imposes (delta-seconds or an HTTP-date):
     * no request of the client goes out before the hold ends. A call retries only when the hold is
     * at most {@link DiscogsClientConfig#longestRetryWait()}; otherwise it fails at once with a
     * {@link DiscogsRateLimitedException} (429) or {@link DiscogsUnavailableException} (503). Default
     * value is 15 minutes.
     *
     * @param value the longest hold, zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryAfter(Duration value) {
      maxRetryAfter = notNegative(value, "maxRetryAfter");
      return this;
    }

    /**
     * Failed requests in a row — 5xx, 429, no answer; retries included, every caller together —
     * after which the client pauses for {@link #circuitOpenWait}: every call fails at once with a
     * {@link DiscogsCircuitOpenException}, no request made. Then one probe request goes out; its
     * success resumes requests, its failure pauses again. Any other answer (200, 404, 403, …) means
     * Discogs is up and resets the count. Default value is 5.
     *
     * @param value failures in a row, at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder circuitFailureThreshold(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("circuitFailureThreshold must be at least 1");
      }
      circuitFailureThreshold = value;
      return this;
    }

    /**
     * How long the client sends nothing once {@link #circuitFailureThreshold} requests in a row
     * failed, before one probe request. Default value is 2 minutes.
     *
     * @param value the pause, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder circuitOpenWait(Duration value) {
      circuitOpenWait = positive(value, "circuitOpenWait");
      return this;
    }

    /**
     * Page size of paginated endpoints, 1–100 (Discogs clamps above). Default value is 100.
     *
     * @param value items per page, 1 to 100
     * @return this builder
     * @throws IllegalArgumentException if outside 1 to 100
     */
    public Builder perPage(int value) {
      if (value < 1 || value > 100) {
        throw new IllegalArgumentException("perPage must be between 1 and 100");
      }
      perPage = value;
      return this;
    }

    /**
     * For OAuth timestamps, the "not before" hold and cache ages. Default value is
     * {@link Clock#systemUTC()}.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * OAuth nonces. Default value is 16 random bytes from {@link SecureRandom}, hex-encoded.
     *
     * @param value supplies a fresh nonce per signed request
     * @return this builder
     */
    public Builder nonceSupplier(Supplier<String> value) {
      nonceSupplier = Objects.requireNonNull(value, "nonceSupplier");
      return this;
    }

    /**
     * Every wait of the client (holds, retries). Default value is {@link Sleeper#system()}.
     *
     * @param value performs the waits; tests pass a fake
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /**
     * A permit from outside taken before every request, e.g. a fair gate among users or a budget
     * shared by several processes. Default value is {@link RequestPermits#NONE}.
     *
     * @param value the permit source
     * @return this builder
     */
    public Builder requestPermits(RequestPermits value) {
      requestPermits = Objects.requireNonNull(value, "requestPermits");
      return this;
    }

    /**
     * Builds the config; every value was checked when set.
     *
     * @return the config
     */
    public DiscogsClientConfig build() {
      return new DiscogsClientConfig(this);
    }

    private static String randomNonce() {
      byte[] bytes = new byte[16];
      RANDOM.nextBytes(bytes);
      return HexFormat.of().formatHex(bytes);
    }

    private static URI baseUrl(String url) {
      Objects.requireNonNull(url, "url");
      String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      URI uri = URI.create(trimmed);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("base URL must be absolute: " + url);
      }
      return uri;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }

    private static Duration notNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return value;
    }
  }
}
