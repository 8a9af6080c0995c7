package io.waxalert.app.discogs;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.app.config.DiscogsProperties;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.DiscogsOAuthFlow;
import io.waxalert.discogs.MasterInfo;
import io.waxalert.discogs.OAuthSignatureMethod;
import io.waxalert.discogs.UserProfile;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@link DiscogsGateway} on the {@code waxalert-discogs} client. Public data goes through one shared
 * client (the service token, the consumer key, or anonymous); calls that act as a user use that
 * client with the user's credentials, on the same rate budget. The discogs module's exceptions
 * become the gateway's.
 */
public final class ClientDiscogsGateway implements DiscogsGateway {

  private static final int SEARCH_LIMIT = 50;

  private final DiscogsProperties properties;
  private final DiscogsClient shared;

  public ClientDiscogsGateway(DiscogsProperties properties, DiscogsClientConfig baseConfig) {
    this.properties = properties;
    this.shared = DiscogsClient.create(DiscogsClientConfig.from(baseConfig)
        .credentials(serviceCredentials(properties)).build());
  }

  /** The shared client, for listing sources and metrics. */
  public DiscogsClient sharedClient() {
    return shared;
  }

  @Override
  public String identity(DiscogsCredentials credentials) {
    return call(() -> as(credentials).identity().username());
  }

  @Override
  public Profile profile(String username, DiscogsCredentials credentials) {
    UserProfile user = call(() -> as(credentials).user(username));
    return new Profile(user.email(), user.currency() == null ? null : user.currency().name());
  }

  @Override
  public ReleaseDetails release(long releaseId) {
    ReleaseInfo r = call(() -> shared.release(releaseId));
    return new ReleaseDetails(r.releaseId(), r.title(), r.artists(), r.year(), format(r.formats()),
        r.coverImageUrl(), r.masterId());
  }

  @Override
  public MasterDetails master(long masterId, @Nullable String formatFilter) {
    MasterInfo m = call(() -> shared.master(masterId));
    List<Long> ids = call(() -> shared.releaseIdsOfMaster(masterId, formatFilter));
    return new MasterDetails(m.masterId(), m.title(), m.artists(), m.year(), m.coverImageUrl(), ids);
  }

  @Override
  public List<SearchHit> search(String query, DiscogsCredentials credentials) {
    return call(() -> {
      try (Stream<io.waxalert.discogs.SearchResult> results = as(credentials).searchReleases(query)) {
        return results.limit(SEARCH_LIMIT)
            .map(r -> new SearchHit(r.releaseId(), r.title(), r.year(),
                r.formats().isEmpty() ? null : String.join(", ", r.formats()), r.thumb()))
            .toList();
      }
    });
  }

  @Override
  public MarketStats marketStats(long releaseId, Currency currency) {
    return call(() -> shared.marketStats(releaseId, currency));
  }

  @Override
  public List<WantlistItem> wantlist(String username, DiscogsCredentials credentials) {
    return call(() -> {
      try (Stream<io.waxalert.discogs.WantlistItem> wants = as(credentials).wantlist(username)) {
        return wants.map(w -> new WantlistItem(w.releaseId(), w.release().title(), w.release().artists(),
            w.release().year(), format(w.release().formats()), w.release().coverImageUrl())).toList();
      }
    });
  }

  @Override
  public OAuthToken requestToken(String callbackUrl) {
    DiscogsOAuthFlow.RequestToken token = call(() -> flow().requestToken(callbackUrl));
    return new OAuthToken(token.token(), token.secret());
  }

  @Override
  public String authorizeUrl(String requestToken) {
    return flow().authorizeUrl(new DiscogsOAuthFlow.RequestToken(requestToken, ""));
  }

  @Override
  public OAuthToken accessToken(OAuthToken requestToken, String verifier) {
    io.waxalert.discogs.DiscogsCredentials.OAuth access = call(() -> flow().accessToken(
        new DiscogsOAuthFlow.RequestToken(requestToken.token(), requestToken.secret()), verifier));
    return new OAuthToken(access.token(), access.tokenSecret());
  }

  @Override
  public boolean oauthEnabled() {
    return properties.oauthEnabled();
  }

  private DiscogsOAuthFlow flow() {
    if (!properties.oauthEnabled()) {
      throw new IllegalStateException("Sign in with Discogs is not configured");
    }
    return shared.oauthFlow(properties.consumerKey(), properties.consumerSecret(), OAuthSignatureMethod.PLAINTEXT);
  }

  /** The shared client acting as the user, spending the one shared rate budget. */
  private DiscogsClient as(DiscogsCredentials credentials) {
    io.waxalert.discogs.DiscogsCredentials converted = credentials.isOAuth()
        ? io.waxalert.discogs.DiscogsCredentials.oauth(properties.consumerKey(), properties.consumerSecret(),
            credentials.token(), credentials.oauthSecret())
        : io.waxalert.discogs.DiscogsCredentials.personalToken(credentials.token());
    return shared.as(converted);
  }

  private static io.waxalert.discogs.DiscogsCredentials serviceCredentials(DiscogsProperties p) {
    if (p.token() != null && !p.token().isBlank()) {
      return io.waxalert.discogs.DiscogsCredentials.personalToken(p.token());
    }
    if (p.oauthEnabled()) {
      return io.waxalert.discogs.DiscogsCredentials.consumer(p.consumerKey(), p.consumerSecret());
    }
    return io.waxalert.discogs.DiscogsCredentials.anonymous();
  }

  /**
   * The contract's one-line format ({@code Vinyl, 7", Single}) from the client's format lines
   * ({@code Vinyl (7", Single)}).
   */
  static @Nullable String format(List<String> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    return String.join(", ", lines.stream()
        .map(line -> line.endsWith(")") && line.contains(" (")
            ? line.substring(0, line.length() - 1).replaceFirst(" \\(", ", ") : line)
        .toList());
  }

  private static <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (io.waxalert.discogs.DiscogsNotFoundException e) {
      throw new DiscogsNotFoundException(message(e));
    } catch (io.waxalert.discogs.DiscogsUnauthorizedException e) {
      throw new DiscogsUnauthorizedException(message(e));
    } catch (DiscogsException e) {
      throw new DiscogsGatewayException(e.status(), message(e));
    }
  }

  private static String message(DiscogsException e) {
    return e.discogsMessage() != null ? e.discogsMessage() : e.getMessage();
  }
}
