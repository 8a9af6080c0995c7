package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class PaginationAndImportTest {

  private static final String WANTS = "/users/wax_collector/wants";

  @BeforeEach
  void wantlistOfThreePages() {
    for (int page = 1; page <= 3; page++) {
      stubFor(get(urlPathEqualTo(WANTS)).withQueryParam("page", equalTo(Integer.toString(page)))
          .willReturn(okJson(Fixtures.own("wants-page" + page + ".json"))));
    }
  }

  @Test
  void wantlistImportWalksEveryPageAndStopsAtTheLast(WireMockRuntimeInfo wm) {
    List<WantlistItem> items = TestConfigs.client(wm).wantlist("wax_collector").toList();

    assertThat(items).extracting(WantlistItem::releaseId).containsExactly(3001L, 3002L, 3003L, 3004L, 3005L);
    verify(3, getRequestedFor(urlPathEqualTo(WANTS)));
    verify(getRequestedFor(urlPathEqualTo(WANTS)).withQueryParam("per_page", equalTo("100")));
  }

  @Test
  void wantlistItemsCarryMetadataNotesAndMaster(WireMockRuntimeInfo wm) {
    List<WantlistItem> items = TestConfigs.client(wm).wantlist("wax_collector").toList();

    WantlistItem first = items.get(0);
    assertThat(first.release().title()).isEqualTo("First Want");
    assertThat(first.release().artists()).containsExactly("Example Band");
    assertThat(first.release().formats()).containsExactly("Vinyl (LP, Album)");
    assertThat(first.release().coverImageUrl()).isEqualTo("https://i.example.org/3001.jpg");
    assertThat(first.notes()).isEqualTo("only the red vinyl");
    assertThat(first.masterId()).isEqualTo(2002L);
    assertThat(first.labels()).containsExactly("Test Pressings Ltd. – TP 3001");
    assertThat(first.release().catalogNumbers()).containsExactly("TP 3001");
    assertThat(first.dateAdded()).isEqualTo(Instant.parse("2024-01-05T20:00:00Z"));
    assertThat(items.get(1).masterId()).isNull();
    assertThat(items.get(2).notes()).isEmpty();
    assertThat(items.get(2).labels()).isEmpty();
    assertThat(items.get(2).release().catalogNumbers()).isEmpty();
    assertThat(items.get(3).release().year()).isNull();
  }

  @Test
  void pagesAreFetchedOnlyWhenNeeded(WireMockRuntimeInfo wm) {
    Iterator<WantlistItem> it = TestConfigs.client(wm).wantlist("wax_collector").iterator();

    verify(0, getRequestedFor(urlPathEqualTo(WANTS)));
    it.next();
    it.next();
    verify(1, getRequestedFor(urlPathEqualTo(WANTS)));
    it.next();
    verify(2, getRequestedFor(urlPathEqualTo(WANTS)));
  }

  @Test
  void masterExpandsToReleaseIdsOfAllVersionPagesWithFormatFilter(WireMockRuntimeInfo wm) {
    String versions = "/masters/2002/versions";
    stubFor(get(urlPathEqualTo(versions)).withQueryParam("page", equalTo("1"))
        .willReturn(okJson(Fixtures.own("master-2002-versions-page1.json"))));
    stubFor(get(urlPathEqualTo(versions)).withQueryParam("page", equalTo("2"))
        .willReturn(okJson(Fixtures.own("master-2002-versions-page2.json"))));

    List<Long> ids = TestConfigs.client(wm).releaseIdsOfMaster(2002, "Vinyl");

    assertThat(ids).containsExactly(1001L, 1003L, 1005L);
    verify(2, getRequestedFor(urlPathEqualTo(versions)).withQueryParam("format", equalTo("Vinyl")));
  }

  @Test
  void masterVersionsWithoutFilterSendNoFormatParameter(WireMockRuntimeInfo wm) {
    String versions = "/masters/2002/versions";
    stubFor(get(urlPathEqualTo(versions)).willReturn(okJson(Fixtures.own("master-2002-versions-page2.json")
        .replace("\"pages\": 2", "\"pages\": 1").replace("\"page\": 2", "\"page\": 1"))));

    List<MasterVersion> found = TestConfigs.client(wm).masterVersions(2002, null).toList();

    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.releaseId()).isEqualTo(1005);
      assertThat(v.majorFormats()).containsExactly("Vinyl");
      assertThat(v.released()).isEqualTo("2019");
    });
    verify(getRequestedFor(urlPathEqualTo(versions)).withoutQueryParam("format"));
  }

  @Test
  void masterInfoNamesItsMainRelease(WireMockRuntimeInfo wm) {
    stubFor(get("/masters/2002").willReturn(okJson(Fixtures.own("master-2002.json"))));

    MasterInfo master = TestConfigs.client(wm).master(2002);

    assertThat(master.mainReleaseId()).isEqualTo(1001L);
    assertThat(master.artists()).containsExactly("Example Band");
    assertThat(master.coverImageUrl()).isEqualTo("https://i.example.org/master-front.jpg");
  }
}
