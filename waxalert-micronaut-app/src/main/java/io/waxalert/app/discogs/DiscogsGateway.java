package io.waxalert.app.discogs;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MarketStats;
import java.util.List;

/**
 * What the service needs from Discogs: the app's port, so controllers and tests do not depend on how
 * Discogs is called. Implementations are thread-safe and throw {@link DiscogsGatewayException}
 * (or a subclass) when Discogs refuses or fails; never log credentials.
 */
public interface DiscogsGateway {

  /** The Discogs username the credentials belong to ({@code GET /oauth/identity}). */
  String identity(DiscogsCredentials credentials);

  /** The user's profile read with their own credentials, so the e-mail is included. */
  Profile profile(String username, DiscogsCredentials credentials);

  /** Release details; {@link DiscogsNotFoundException} when Discogs does not know it. */
  ReleaseDetails release(long releaseId);

  /** A master with its release ids, narrowed to a format when {@code formatFilter} is set. */
  MasterDetails master(long masterId, @Nullable String formatFilter);

  /** Database search for releases; needs a user's credentials. */
  List<SearchHit> search(String query, DiscogsCredentials credentials);

  /** Lowest price and number for sale in {@code currency}. */
  MarketStats marketStats(long releaseId, Currency currency);

  /** Every release on the user's wantlist, read with their credentials. */
  List<WantlistItem> wantlist(String username, DiscogsCredentials credentials);

  /** OAuth 1.0a step 1: a request token for the consumer key; {@code callbackUrl} receives the verifier. */
  OAuthToken requestToken(String callbackUrl);

  /** The Discogs page where the user authorises the request token. */
  String authorizeUrl(String requestToken);

  /** OAuth 1.0a step 3: the access token for an authorised request token. */
  OAuthToken accessToken(OAuthToken requestToken, String verifier);

  /** Whether "Sign in with Discogs" is configured (a consumer key and secret). */
  boolean oauthEnabled();

  /** E-mail and currency of a Discogs profile; currency null when Discogs gives none. */
  record Profile(@Nullable String email, @Nullable String currency) {}

  /** A release as the wanted list shows it. */
  record ReleaseDetails(long id, String title, List<String> artists, @Nullable Integer year,
      @Nullable String format, @Nullable String coverImageUrl, @Nullable Long masterId) {
    public ReleaseDetails {
      artists = List.copyOf(artists);
    }
  }

  /** A master and the releases it groups (after the format filter). */
  record MasterDetails(long id, String title, List<String> artists, @Nullable Integer year,
      @Nullable String coverImageUrl, List<Long> releaseIds) {
    public MasterDetails {
      artists = List.copyOf(artists);
      releaseIds = List.copyOf(releaseIds);
    }
  }

  /** One row of a database search. */
  record SearchHit(long id, String title, @Nullable Integer year, @Nullable String format,
      @Nullable String thumb) {}

  /** One release on a wantlist, with what the wantlist already says about it. */
  record WantlistItem(long releaseId, String title, List<String> artists, @Nullable Integer year,
      @Nullable String format, @Nullable String coverImageUrl) {
    public WantlistItem {
      artists = List.copyOf(artists);
    }
  }

  /** An OAuth token and its secret (request or access token); the secret is never shown. */
  record OAuthToken(String token, String secret) {
    @Override
    public String toString() {
      return "OAuthToken[token=" + token + ", secret=***]";
    }
  }
}
