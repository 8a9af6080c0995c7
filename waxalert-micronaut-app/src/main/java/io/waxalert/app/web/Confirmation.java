package io.waxalert.app.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * A page a mailed link opens (unsubscribe, mail-address confirmation): a question with a button that
 * posts back to the link, so link scanners that only GET change nothing, or the outcome.
 *
 * @param heading the page's heading
 * @param before the sentence up to its subject
 * @param subject what the link acts on, shown in bold (a release, an address); null for none
 * @param after the sentence after its subject
 * @param button the button that posts the link; null on an outcome page
 * @param notes smaller lines below
 */
public record Confirmation(String heading, String before, @Nullable String subject, String after,
    @Nullable String button, List<String> notes) {

  public Confirmation {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    notes = List.copyOf(notes);
  }

  /** An outcome: no button. */
  public static Confirmation outcome(String heading, String before, @Nullable String subject, String after,
      String... notes) {
    return new Confirmation(heading, before, subject, after, null, List.of(notes));
  }
}
