package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.Verdict;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.testing.AlertTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Telegram message and the chat-id rule, without a Bot API. */
class TelegramNotifierTest {

  private final TelegramNotifier telegram = new TelegramNotifier("https://api.telegram.org/", "1:secret",
      new AlertFacts(FixedExchangeRates.approximate()), new AlertLinks("https://wax.example"));

  @Test
  void theMessageEscapesWhatDiscogsAndUsersWroteAndLinksTheListingAndTheEntry() {
    Alert alert = AlertTestData.anAlert().titled("<Band> & Friends – \"Live\"").bySeller("<b>shop</b>", "99.5")
        .withPrice("20.00", "EUR").withShipping("5.00", "EUR").build();

    String text = telegram.message(alert, Currency.EUR);

    assertThat(text).startsWith("<b>&lt;Band&gt; &amp; Friends – &quot;Live&quot;</b>\nA copy for sale fits your criteria.\n")
        .contains("Price: 20.00 EUR", "Shipping: 5.00 EUR", "Total: 25.00 EUR", "Seller: &lt;b&gt;shop&lt;/b&gt;, 99.5 % positive from 1,200 ratings",
            "What WaxAlert checked:\n• Price: 20.00 EUR, you asked for at most 25.00 EUR.",
            "<a href=\"https://www.discogs.com/sell/item/77\">Buy it on Discogs</a>",
            "<a href=\"https://wax.example/entries/" + alert.entryId() + "\">Your entry in WaxAlert</a>")
        .doesNotContain("<b>shop");
    assertThat(telegram.toString()).doesNotContain("secret");
  }

  @Test
  void aMessageThatWouldBeTooLongLeavesTheReasonsOut() {
    String longReason = "x".repeat(5000);
    Alert alert = AlertTestData.anAlert().withVerdicts(
        new CriterionResult(Criterion.MAX_PRICE, Verdict.PASSED, longReason)).build();

    String text = telegram.message(alert, Currency.EUR);

    assertThat(text.length()).isLessThanOrEqualTo(TelegramNotifier.MAX_LENGTH);
    assertThat(text).doesNotContain("What WaxAlert checked", "xxxxx").contains("Buy it on Discogs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "-1001234567890", "@waxalert_news", "@abcde"})
  void numericChatsAndPublicChannelsAreChats(String chat) {
    assertThat(TelegramNotifier.refusal(chat)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"my chat", "@ab", "@1channel", "12345678901234567890", "https://t.me/x", "@bad-name"})
  void anythingElseIsRefusedSayingWhatIsWanted(String chat) {
    assertThat(TelegramNotifier.refusal(chat)).hasValueSatisfying(reason ->
        assertThat(reason).contains("numeric Telegram chat id", "@my_channel"));
  }
}
