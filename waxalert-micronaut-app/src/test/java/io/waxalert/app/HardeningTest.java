package io.waxalert.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headers, error bodies, CSV cells and session tokens a hostile caller could abuse (issue 13). */
@MicronautTest(transactional = false)
class HardeningTest extends ServiceTest {

  @Inject
  @Named("generator")
  SecretSignatureConfiguration jwt;

  @Test
  void everyAnswerForbidsContentSniffing() {
    String bearer = signIn("sniff");

    for (Api.Response response : new Api.Response[] {
        api().get("/api/me", bearer),
        api().get("/api/me", null),
        api().get("/api/nothing-here", bearer),
        api().put("/api/me", bearer, "{\"currency\":\"XXX\"}"),
        api().get("/health", null),
        api().get("/health/mail", null),
        api().get("/unsubscribe/not-a-token", null)}) {
      assertThat(response.headers().allValues("X-Content-Type-Options")).as(response.toString())
          .containsExactly("nosniff");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "deep nesting | nested too deeply",
      "long number | a number with too many digits",
      "broken JSON | is not valid JSON",
      "not an object | must be a JSON object"})
  void unreadableBodiesAre400sInTheCallersWordsWithoutLibraryInternals(String kind, String words) {
    String bearer = signIn("hostile");
    String body = switch (kind) {
      case "deep nesting" -> "{\"blocked_sellers\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
      case "long number" -> "{\"max_price\":" + "9".repeat(5_000) + "}";
      case "broken JSON" -> "{\"currency\": \"EUR\",";
      default -> "[\"currency\"]";
    };

    Api.Response me = api().put("/api/me", bearer, body);
    Api.Response add = api().post("/api/wanted-list/add", bearer, body);

    for (Api.Response response : new Api.Response[] {me, add}) {
      assertThat(response.status()).as(response.toString()).isEqualTo(400);
      assertThat(response.json().path("message").asText()).as(response.toString()).contains(words);
      assertThat(response.json().path("field").asText()).isEqualTo("body");
      assertNoInternals(response);
    }
  }

  @Test
  void valuesOfTheWrongKindInPathsAndQueriesAreNamedAndPlain() {
    String bearer = signIn("kinds");

    Api.Response path = api().get("/api/releases/" + "9".repeat(40) + "/price-history", bearer);
    Api.Response type = api().send("PUT", "/api/me", bearer, "<me/>", "application/xml");

    assertThat(path.status()).isEqualTo(400);
    assertThat(path.json().path("message").asText()).isEqualTo("The release number must be a whole number.");
    assertNoInternals(path);
    assertThat(type.status()).isEqualTo(415);
    assertNoInternals(type);
  }

  private static void assertNoInternals(Api.Response response) {
    assertThat(response.text()).as(response.toString()).doesNotContain("Failed to convert", "StreamReadConstraints",
        "com.fasterxml", "io.micronaut", "jackson", "Exception", "at [Source");
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreQuotedAway() {
    String bearer = signIn("csv");
    long tab = hostileRelease("\\t=HYPERLINK(\\\"http://evil.example\\\")");
    long cr = hostileRelease("\\r=1+2");
    long minus = hostileRelease("-2+3");
    for (long id : new long[] {tab, cr, minus}) {
      assertThat(api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\"}").status()).isEqualTo(201);
    }

    String csv = api().get("/api/wanted-list/export?format=csv", bearer).text();

    assertThat(csv).contains(",\"'\t=HYPERLINK(\"\"http", ",\"'\r=1+2", ",'-2+3");
    assertThat(csv).doesNotContain(",\"\t=", ",\t=", ",\"\r=", ",-2+3");
  }

  /** A release whose artist line starts with {@code artist} (JSON-escaped). */
  private static long hostileRelease(String artist) {
    long id = uniqueReleaseId();
    String json = FakeDiscogs.fixture("release.json", Map.of("id", id)).replace("\"name\": \"Rick Astley\"",
        "\"name\": \"" + artist + "\"");
    FakeDiscogs.server().stubFor(WireMock.get(urlPathEqualTo("/releases/" + id)).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json").withBody(json)));
    return id;
  }

  @Test
  void sessionTokensNotValidYetOrIssuedInTheFutureAreRefused() throws Exception {
    String username = uniqueName("forged");
    signInAs(username, "tok-" + username);
    Instant now = Instant.now();

    String genuineShape = token(username, now.minusSeconds(5), now.minusSeconds(5));
    String notYet = token(username, now.minusSeconds(5), now.plus(Duration.ofHours(1)));
    String fromTheFuture = token(username, now.plus(Duration.ofHours(1)), now.minusSeconds(5));

    assertThat(api().get("/api/me", genuineShape).status()).as("the forging itself works").isEqualTo(200);
    assertThat(api().get("/api/me", notYet).status()).isEqualTo(401);
    assertThat(api().get("/api/me", fromTheFuture).status()).isEqualTo(401);
  }

  /** A session token signed with the service's own secret (as a leaked secret or a bad instance would). */
  private String token(String username, Instant issuedAt, Instant notBefore) throws Exception {
    byte[] secret = jwt.isBase64() ? Base64.getDecoder().decode(jwt.getSecret()) : jwt.getSecret().getBytes();
    SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
        .subject(username).jwtID(UUID.randomUUID().toString()).issueTime(Date.from(issuedAt))
        .notBeforeTime(Date.from(notBefore)).expirationTime(Date.from(Instant.now().plus(Duration.ofHours(2))))
        .build());
    token.sign(new MACSigner(secret));
    return token.serialize();
  }
}
