package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.waxalert.app.sellers.SellerChecks;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.FakeInventories;
import io.waxalert.app.support.FakeInventories.Item;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.core.sellers.SellerCheckReport;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a followed seller's listing alerts once, also when the service restarts on the same database. */
class SellerRestartTest {

  @TempDir
  Path dataDir;

  private EmbeddedServer start() {
    Map<String, Object> properties = new HashMap<>(ServiceTest.baseProperties(dataDir));
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }

  private static List<String> alerted(Api api, String bearer) {
    return api.get("/api/notifications", bearer).json().path("notifications").findValuesAsText("listing_id");
  }

  @Test
  void aListingAlertedBeforeARestartIsNotAlertedAgainAfterIt() {
    String username = "restart-follower-" + ProcessHandle.current().pid();
    String seller = "RestartShop" + ProcessHandle.current().pid();
    FakeDiscogs.user(username, "tok-" + username, "EUR");
    FakeDiscogs.release(881_001);
    FakeInventories.list(seller, List.of(Item.of(5_950_001, 881_001, "7.00"), Item.of(5_950_000, 42, "1.00")));
    String bearer;

    try (EmbeddedServer first = start()) {
      Api api = new Api(first.getURL().toString());
      bearer = api.post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}").json()
          .path("access_token").asText();
      api.post("/api/wanted-list/add", bearer, "{\"release\":\"881001\",\"max_price\":\"10.00\"}");
      assertThat(api.post("/api/sellers", bearer, "{\"username\":\"" + seller + "\"}").status()).isEqualTo(201);
      first.getApplicationContext().getBean(SellerChecks.class).check(seller);
      assertThat(alerted(api, bearer)).containsExactly("5950001");
    }

    FakeInventories.list(seller, List.of(Item.of(5_950_002, 881_001, "9.00"), Item.of(5_950_001, 881_001, "7.00"),
        Item.of(5_950_000, 42, "1.00")));
    try (EmbeddedServer second = start()) {
      Api api = new Api(second.getURL().toString());
      SellerCheckReport report = second.getApplicationContext().getBean(SellerChecks.class).check(seller);

      assertThat(report.newListings()).as("the read went on where it stood").isEqualTo(1);
      assertThat(alerted(api, bearer)).containsExactlyInAnyOrder("5950001", "5950002");
      assertThat(api.get("/api/sellers", bearer).json().path("sellers").get(0).path("listings_seen").asLong())
          .isEqualTo(3);
    }
  }
}
