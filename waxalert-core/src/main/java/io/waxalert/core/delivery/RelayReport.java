package io.waxalert.core.delivery;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one relay pass did: per channel the deliveries sent, failed (to be retried), given up
 * (undeliverable) and skipped (no address), and how many distinct alerts reached their recipient on
 * at least one channel. The one place delivery counts are added up.
 *
 * @param channels figures per channel name, every configured channel included
 * @param delivered alerts delivered on at least one channel in this pass
 * @param elapsed wall time of the pass
 */
public record RelayReport(Map<String, ChannelFigures> channels, int delivered, Duration elapsed) {

  /**
   * One channel's figures, in deliveries (a digest of three alerts counts three).
   *
   * @param sent deliveries the channel accepted
   * @param failed deliveries that failed and will be retried
   * @param undeliverable deliveries given up
   * @param skipped deliveries with nothing to send to
   */
  public record ChannelFigures(int sent, int failed, int undeliverable, int skipped) {

    /** All figures zero. */
    public static final ChannelFigures NONE = new ChannelFigures(0, 0, 0, 0);

    /**
     * These figures and {@code other}'s added up.
     *
     * @param other figures to add
     * @return the sums
     */
    public ChannelFigures plus(ChannelFigures other) {
      return new ChannelFigures(sent + other.sent, failed + other.failed,
          undeliverable + other.undeliverable, skipped + other.skipped);
    }

    /**
     * Whether nothing was counted.
     *
     * @return true when every figure is zero
     */
    public boolean isEmpty() {
      return sent == 0 && failed == 0 && undeliverable == 0 && skipped == 0;
    }
  }

  /**
   * Copies the figures.
   *
   * @param channels figures per channel name, every configured channel included
   * @param delivered alerts delivered on at least one channel in this pass
   * @param elapsed wall time of the pass
   * @throws NullPointerException if {@code channels} or {@code elapsed} is null
   */
  public RelayReport {
    channels = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(channels, "channels")));
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * The channel's figures; zero for a channel this pass did not see.
   *
   * @param name the channel's name
   * @return the figures
   */
  public ChannelFigures channel(String name) {
    return channels.getOrDefault(name, ChannelFigures.NONE);
  }

  /**
   * All channels together.
   *
   * @return the sums over every channel
   */
  public ChannelFigures total() {
    return channels.values().stream().reduce(ChannelFigures.NONE, ChannelFigures::plus);
  }

  /**
   * True when the pass found nothing to do.
   *
   * @return true when no delivery was sent, failed, given up or skipped
   */
  public boolean isEmpty() {
    return total().isEmpty();
  }

  /**
   * One line with every figure, for the log.
   *
   * @return the summary, channels in name order
   */
  public String summary() {
    String perChannel = channels.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue().sent() + " sent, " + e.getValue().failed() + " failed, "
            + e.getValue().undeliverable() + " undeliverable, " + e.getValue().skipped() + " skipped")
        .collect(Collectors.joining("; "));
    return perChannel + "; " + delivered + " alerts delivered, in " + elapsed.toMillis() + " ms";
  }
}
