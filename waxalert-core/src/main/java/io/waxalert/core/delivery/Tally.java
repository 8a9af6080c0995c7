package io.waxalert.core.delivery;

import io.waxalert.core.delivery.RelayReport.ChannelFigures;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Counts of one relay pass, or of one recipient's group within it; confined to one thread. */
final class Tally {

  private final Map<String, ChannelFigures> channels = new LinkedHashMap<>();
  private final Set<UUID> delivered = new HashSet<>();

  Tally(Collection<String> configured) {
    configured.forEach(channel -> channels.put(channel, ChannelFigures.NONE));
  }

  void sent(String channel, Collection<UUID> alertIds) {
    add(channel, new ChannelFigures(alertIds.size(), 0, 0, 0));
    delivered.addAll(alertIds);
  }

  void failed(String channel, int count) {
    add(channel, new ChannelFigures(0, count, 0, 0));
  }

  void undeliverable(String channel, int count) {
    add(channel, new ChannelFigures(0, 0, count, 0));
  }

  void skipped(String channel, int count) {
    add(channel, new ChannelFigures(0, 0, 0, count));
  }

  void addAll(Tally other) {
    other.channels.forEach(this::add);
    delivered.addAll(other.delivered);
  }

  RelayReport report(Duration elapsed) {
    return new RelayReport(channels, delivered.size(), elapsed);
  }

  private void add(String channel, ChannelFigures figures) {
    channels.merge(channel, figures, ChannelFigures::plus);
  }
}
