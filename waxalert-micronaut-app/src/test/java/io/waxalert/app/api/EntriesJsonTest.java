package io.waxalert.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntriesJsonTest {

  private final ObjectMapper serializer = ObjectMapper.getDefault();

  @Test
  void writesTheSameBytesAsTheSerializerForEveryShapeOfEntry() throws IOException {
    List<EntryView> entries = List.of(everyFieldSet(), everyNullableFieldNull(), awkwardText());
    for (var answer : List.of(
        new WantedListController.Entries(entries, 3_600L, 3L),
        new WantedListController.Entries(entries, null, null),
        new WantedListController.Entries(List.of(), 60L, 0L),
        new WantedListController.Entries(List.of(entries.get(1)), null, 250L))) {
      assertThat(new String(EntriesJson.of(answer), StandardCharsets.UTF_8))
          .isEqualTo(new String(serializer.writeValueAsBytes(answer), StandardCharsets.UTF_8));
    }
  }

  @Test
  void writesTheSameBytesAsTheSerializerForManyRandomEntries() throws IOException {
    Random random = new Random(15);
    List<EntryView> entries = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      entries.add(random(random));
    }
    var answer = new WantedListController.Entries(entries, 86_400L, 500L);
    assertThat(EntriesJson.of(answer)).isEqualTo(serializer.writeValueAsBytes(answer));
  }

  private static EntryView everyFieldSet() {
    return new EntryView("3f0c5a52-7d0e-4c57-9d7e-2f7b1d8f0a11", 249504L, null, "Vinyl", "Rick Astley – Never Gonna",
        "Never Gonna Give You Up", "Rick Astley", 1987, "Vinyl, 7\", Single", "https://i.discogs.com/a.jpg",
        "PB 41447", "EUR", "25.00", "EUR", "total", "skip", "VG+", "VG", List.of("DE", "FR", "NL"), List.of("US"),
        new BigDecimal("98.5"), 100, 30, List.of("badseller", "worse"), true, "price_matched",
        "2026-11-20T10:00:00.120Z", "19.99", 12, "3 for sale", "2026-11-20T09:58:00Z", "2026-11-19T08:00:00Z",
        "2026-11-01T00:00:00Z", "2026-11-20T10:00:00.120Z", "sell page backing off until 11:00",
        "2026-11-20T11:00:00Z", 12, 40);
  }

  private static EntryView everyNullableFieldNull() {
    return new EntryView("0b9f4c1e-1111-4c57-9d7e-2f7b1d8f0a11", null, 33228L, null, "A master", null, null, null,
        null, null, null, "USD", null, null, "item", "include", null, null, List.of(), List.of(), null, null, null,
        List.of(), false, "pending", null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static EntryView awkwardText() {
    return new EntryView("c2", Long.MAX_VALUE, null, null, "Sigur Rós – Ágætis byrjun \uD83C\uDFB5 \"live\" \\ /",
        "tab\there\nnewline \u0001 control \u007f \u2028", "Björk & <Friends>", 0, "", "https://x/?a=1&b=\"2\"", null,
        "JPY", "1000000.00", "JPY", "total", "skip", "M", "P", List.of("Côte d'Ivoire", "ÅLAND"), List.of(),
        new BigDecimal("100"), 0, 99, List.of("naïve"), true, "error", null, null, 0, "Discogs said: \"no\"", null,
        null, null, null, null, null, 1, 1);
  }

  private static EntryView random(Random r) {
    boolean master = r.nextBoolean();
    return new EntryView(java.util.UUID.randomUUID().toString(), master ? null : r.nextLong(1, 30_000_000),
        master ? r.nextLong(1, 3_000_000) : null, master && r.nextBoolean() ? "Vinyl" : null, "Artist – Title " + r.nextInt(),
        maybe(r, "Title é " + r.nextInt()), maybe(r, "Artist"), r.nextBoolean() ? r.nextInt(1900, 2030) : null,
        maybe(r, "Vinyl, LP, Album"), maybe(r, "https://i.discogs.com/c/" + r.nextInt() + ".jpg"), maybe(r, "CAT " + r.nextInt(999)),
        "EUR", maybe(r, r.nextInt(1, 500) + "." + r.nextInt(10, 99)), maybe(r, "GBP"), "item", "include",
        maybe(r, "VG+"), maybe(r, "G"), r.nextBoolean() ? List.of("DE") : List.of(), r.nextBoolean() ? List.of("US", "JP") : List.of(),
        r.nextBoolean() ? new BigDecimal(r.nextInt(0, 1001)).movePointLeft(r.nextInt(0, 2)) : null,
        r.nextBoolean() ? r.nextInt(0, 10_000) : null, r.nextBoolean() ? r.nextInt(1, 100) : null,
        r.nextBoolean() ? List.of("s" + r.nextInt()) : List.of(), r.nextBoolean(), "not_found",
        maybe(r, "2026-11-20T10:00:00Z"), maybe(r, "7.50"), r.nextBoolean() ? r.nextInt(0, 500) : null, maybe(r, "ok"),
        maybe(r, "2026-11-20T10:00:00.001Z"), maybe(r, "2026-10-20T10:00:00Z"), "2026-01-01T00:00:00Z",
        "2026-01-02T00:00:00Z", maybe(r, "waiting"), maybe(r, "2026-11-21T00:00:00Z"), master ? r.nextInt(1, 100) : null,
        master ? r.nextInt(1, 1000) : null);
  }

  private static String maybe(Random r, String value) {
    return r.nextBoolean() ? value : null;
  }
}
