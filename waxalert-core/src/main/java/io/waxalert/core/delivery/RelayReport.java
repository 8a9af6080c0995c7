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

  /** One channel's figures, in deliveries (a digest of three alerts counts three). */
  public record ChannelFigures(int sent, int failed, int undeliverable, int skipped) {

    public static final ChannelFigures NONE = new ChannelFigures(0, 0, 0, 0);

    public ChannelFigures plus(ChannelFigures other) {
      return new ChannelFigures(sent + other.sent, failed + other.failed,
          undeliverable + other.undeliverable, skipped + other.skipped);
    }

    public boolean isEmpty() {
      return sent == 0 && failed == 0 && undeliverable == 0 && skipped == 0;
    }
  }

  public RelayReport {
    channels = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(channels, "channels")));
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** The channel's figures; zero for a channel this pass did not see. */
  public ChannelFigures channel(String name) {
    return channels.getOrDefault(name, ChannelFigures.NONE);
  }

  /** All channels together. */
  public ChannelFigures total() {
    return channels.values().stream().reduce(ChannelFigures.NONE, ChannelFigures::plus);
  }

  /** True when the pass found nothing to do. */
  public boolean isEmpty() {
    return total().isEmpty();
  }

  /** One line with every figure, for the log. */
  public String summary() {
    String perChannel = channels.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue().sent() + " sent, " + e.getValue().failed() + " failed, "
            + e.getValue().undeliverable() + " undeliverable, " + e.getValue().skipped() + " skipped")
        .collect(Collectors.joining("; "));
    return perChannel + "; " + delivered + " alerts delivered, in " + elapsed.toMillis() + " ms";
  }
}
