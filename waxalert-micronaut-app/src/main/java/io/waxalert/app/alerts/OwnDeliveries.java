package io.waxalert.app.alerts;

/**
 * Collectors whose alerts something else is delivering right now (a running check-all sends and
 * counts its own), so the scheduled relay leaves them; implemented by the monitor's check-all.
 */
public interface OwnDeliveries {

  /**
   * True while the owner's alerts are being delivered by their own check.
   *
   * @param ownerId the collector's Discogs username
   * @return true to leave the owner's deliveries to that check
   */
  boolean deliveringFor(String ownerId);
}
