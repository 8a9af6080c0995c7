package io.waxalert.persistence;

import java.util.List;

/**
 * A page of an owner's wanted entries.
 *
 * @param entries the entries of the page, in the order asked for
 * @param total how many live entries the owner has in all
 */
public record StoredPage(List<StoredEntry> entries, long total) {

  /**
   * Copies the entries.
   *
   * @param entries the entries of the page, in the order asked for
   * @param total how many live entries the owner has in all
   */
  public StoredPage {
    entries = List.copyOf(entries);
  }
}
