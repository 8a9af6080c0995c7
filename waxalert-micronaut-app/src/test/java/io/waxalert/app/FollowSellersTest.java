package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.sellers.SellerChecks;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeInventories;
import io.waxalert.app.support.FakeInventories.Item;
import io.waxalert.app.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, the routes: follow, list and unfollow sellers, each user only their own. */
@MicronautTest(transactional = false)
class FollowSellersTest extends ServiceTest {

  @Inject
  SellerChecks checks;

  private Api.Response follow(String bearer, String username) {
    return api().post("/api/sellers", bearer, "{\"username\": \"" + username + "\"}");
  }

  @Test
  void followingASellerAnswers201WithTheContractsFieldsAndListsIt() {
    String bearer = signIn("follower");
    String seller = uniqueName("Shop");
    FakeInventories.list(seller, FakeInventories.filler(5_000_100, 3));
    int before = FakeInventories.requests(seller);

    Api.Response followed = follow(bearer, seller);

    assertThat(followed.status()).as(followed.toString()).isEqualTo(201);
    JsonNode body = followed.json();
    assertThat(body.path("username").asText()).isEqualTo(seller);
    assertThat(body.path("followed_at").asText()).isNotEmpty();
    assertThat(body.has("last_checked")).isTrue();
    assertThat(body.path("last_checked").isNull()).isTrue();
    assertThat(body.path("listings_seen").asLong()).isZero();
    assertThat(body.path("status").asText()).isEqualTo("reading");
    assertThat(FakeInventories.requests(seller) - before).as("one cheap request proves the seller").isEqualTo(1);

    JsonNode list = api().get("/api/sellers", bearer).json().path("sellers");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("username").asText()).isEqualTo(seller);

    checks.check(seller);
    JsonNode checked = api().get("/api/sellers", bearer).json().path("sellers").get(0);
    assertThat(checked.path("status").asText()).isEqualTo("ok");
    assertThat(checked.path("listings_seen").asLong()).isEqualTo(3);
    assertThat(checked.path("last_checked").asText()).isNotEmpty();
  }

  @Test
  void aSellerDiscogsDoesNotKnowAnswers404AndIsNotFollowed() {
    String bearer = signIn("typo");
    String seller = uniqueName("nobody");
    FakeInventories.unknown(seller);

    Api.Response followed = follow(bearer, seller);

    assertThat(followed.status()).as(followed.toString()).isEqualTo(404);
    assertThat(api().get("/api/sellers", bearer).json().path("sellers")).isEmpty();
  }

  @Test
  void followingTheSameSellerAgainInAnyCaseAnswers409WithoutAskingDiscogs() {
    String bearer = signIn("twice");
    String seller = uniqueName("Shop");
    FakeInventories.list(seller, List.of());
    assertThat(follow(bearer, seller).status()).isEqualTo(201);
    int requests = FakeInventories.requests(seller);

    Api.Response again = follow(bearer, seller.toUpperCase());

    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().path("field").asText()).isEqualTo("username");
    assertThat(FakeInventories.requests(seller)).isEqualTo(requests);
    assertThat(api().get("/api/sellers", bearer).json().path("sellers")).hasSize(1);
  }

  @Test
  void aBlockedSellerCannotBeFollowed() {
    String bearer = signIn("blocker");
    String seller = uniqueName("Shady");
    FakeInventories.list(seller, List.of());
    api().put("/api/me", bearer, "{\"blocked_sellers\": [\"" + seller.toLowerCase() + "\"]}");

    Api.Response followed = follow(bearer, seller);

    assertThat(followed.status()).as(followed.toString()).isEqualTo(422);
    assertThat(followed.json().path("field").asText()).isEqualTo("username");
    assertThat(followed.json().path("message").asText()).contains("blocked");
    assertThat(FakeInventories.requests(seller)).isZero();
  }

  @Test
  void aMissingBlankOrImpossibleUsernameIsA400NamingTheField() {
    String bearer = signIn("careless");
    for (String body : List.of("{}", "{\"username\": \"  \"}", "{\"username\": null}",
        "{\"username\": \"two words\"}", "{\"username\": \"../admin\"}", "{\"username\": [\"a\"]}")) {
      Api.Response followed = api().post("/api/sellers", bearer, body);
      assertThat(followed.status()).as(body + " → " + followed).isEqualTo(400);
      assertThat(followed.json().path("field").asText()).as(body).isEqualTo("username");
    }
    assertThat(api().get("/api/sellers", bearer).json().path("sellers")).isEmpty();
  }

  @Test
  void unfollowingAnswers204AndASellerNotFollowedIs404() {
    String bearer = signIn("unfollower");
    String seller = uniqueName("Shop");
    FakeInventories.list(seller, List.of());
    follow(bearer, seller);

    assertThat(api().delete("/api/sellers/" + seller.toLowerCase(), bearer).status()).isEqualTo(204);
    assertThat(api().get("/api/sellers", bearer).json().path("sellers")).isEmpty();
    assertThat(api().delete("/api/sellers/" + seller, bearer).status()).isEqualTo(404);
  }

  @Test
  void oneUserNeverSeesOrChangesAnothersFollowsAndTheLastFollowerGoneForgetsTheInventory() {
    String alice = signIn("alice");
    String bob = signIn("bob");
    String seller = uniqueName("Shop");
    FakeInventories.list(seller, FakeInventories.filler(5_000_200, 2));
    assertThat(follow(alice, seller).status()).isEqualTo(201);

    assertThat(api().get("/api/sellers", bob).json().path("sellers")).isEmpty();
    assertThat(api().delete("/api/sellers/" + seller, bob).status()).isEqualTo(404);
    assertThat(api().get("/api/sellers", alice).json().path("sellers")).hasSize(1);
    assertThat(api().get("/api/sellers", null).status()).isEqualTo(401);
    assertThat(api().post("/api/sellers", null, "{\"username\": \"" + seller + "\"}").status()).isEqualTo(401);

    assertThat(follow(bob, seller).status()).as("each user follows for themselves").isEqualTo(201);
    checks.check(seller);
    assertThat(api().delete("/api/sellers/" + seller, alice).status()).isEqualTo(204);
    assertThat(api().get("/api/sellers", bob).json().path("sellers").get(0).path("listings_seen").asLong())
        .as("bob still follows: the inventory is kept").isEqualTo(2);

    assertThat(api().delete("/api/sellers/" + seller, bob).status()).isEqualTo(204);
    assertThat(follow(alice, seller).status()).isEqualTo(201);
    JsonNode again = api().get("/api/sellers", alice).json().path("sellers").get(0);
    assertThat(again.path("listings_seen").asLong()).as("forgotten when nobody followed").isZero();
    assertThat(again.path("status").asText()).isEqualTo("reading");
  }

  @Test
  void bundlesNeedASignIn() {
    assertThat(api().get("/api/bundles", null).status()).isEqualTo(401);
    assertThat(api().get("/api/bundles", signIn("nobundles")).json().path("bundles")).isEmpty();
  }

  static Item wanted(long listingId, long releaseId, String price) {
    return Item.of(listingId, releaseId, price);
  }
}
