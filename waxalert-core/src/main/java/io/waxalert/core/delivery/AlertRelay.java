package io.waxalert.core.delivery;

import io.waxalert.core.Nullable;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.spi.AlertOutbox.Due;
import io.waxalert.core.spi.AlertOutbox;
import io.waxalert.core.spi.Notifier;
import io.waxalert.core.spi.RecipientDirectory;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Delivers what the monitoring engine recorded: reads due deliveries from the {@link AlertOutbox},
 * claims each (so of several relays, on threads or instances, one sends it), hands it to the
 * {@link Notifier} of its channel and marks it sent only after the notifier returned. A failure is
 * retried with a doubling back-off on the injected clock; one still failing after
 * {@link RelayPolicy#giveUpAfter()} is given up and recorded undeliverable. A recipient without an
 * address on a channel is skipped there. A recipient who wants digests gets one message per channel
 * and pass where the notifier {@linkplain Notifier#digests() digests}, else one per alert.
 *
 * <p>Thread-safe; used by the service's relay job and check-all, and by embedders.
 *
 * <pre>{@code
 * AlertRelay relay = AlertRelay.builder()
 *     .outbox(outbox).recipients(directory)
 *     .notifier(new MyMailNotifier(smtp))
 *     .clock(Clock.systemUTC()).build();
 * RelayReport report = relay.relayDue();
 * }</pre>
 */
public final class AlertRelay {

  private static final System.Logger LOG = System.getLogger(AlertRelay.class.getName());

  private final AlertOutbox outbox;
  private final Clock clock;
  private final RelayPolicy policy;
  private final @Nullable Executor executor;
  private final Consumer<RelayReport> listener;
  private final GroupSender sender;
  private final Set<String> channels;
  /** The channels in the order their notifiers were added, for reports. */
  private final List<String> channelOrder;

  private AlertRelay(Builder builder) {
    this.outbox = Objects.requireNonNull(builder.outbox, "outbox");
    this.clock = Objects.requireNonNull(builder.clock, "clock");
    this.policy = Objects.requireNonNull(builder.policy, "policy");
    this.executor = builder.executor;
    this.listener = builder.listener;
    this.sender = new GroupSender(outbox, Objects.requireNonNull(builder.recipients, "recipients"),
        Map.copyOf(builder.notifiers), clock, policy);
    this.channels = Set.copyOf(builder.notifiers.keySet());
    this.channelOrder = List.copyOf(builder.notifiers.keySet());
  }

  /**
   * A builder with no outbox, recipients or notifiers yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The channels this relay delivers to: the engine records a delivery on each of them.
   *
   * @return the channel names, one per notifier
   */
  public Set<String> channels() {
    return channels;
  }

  /**
   * Delivers every due delivery of every recipient: the scheduled relay's call.
   *
   * @return what the pass did
   */
  public RelayReport relayDue() {
    return relayDueExcept(owner -> false);
  }

  /**
   * Like {@link #relayDue()}, leaving the deliveries of the owners {@code deliveringThemselves} names
   * pending: a check-all running for them sends its own alerts with {@link #relayFor} and counts them.
   *
   * @param deliveringThemselves true for an owner whose deliveries to leave
   * @return what the pass did
   */
  public RelayReport relayDueExcept(Predicate<String> deliveringThemselves) {
    return relay(now -> outbox.due(now, policy.batchSize()).stream()
        .filter(due -> !deliveringThemselves.test(due.alert().ownerId())).toList());
  }

  /**
   * Delivers the owner's due deliveries now: check-all's call, so its alerts go out right away.
   *
   * @param ownerId the collector whose alerts to send
   * @return what the pass did
   */
  public RelayReport relayFor(String ownerId) {
    Objects.requireNonNull(ownerId, "ownerId");
    return relay(now -> outbox.dueFor(ownerId, now, policy.batchSize()));
  }

  /**
   * Pending deliveries, due or not.
   *
   * @return the number of pending deliveries in the outbox
   */
  public long backlog() {
    return outbox.backlog();
  }

  private RelayReport relay(Function<Instant, List<Due>> source) {
    long started = System.nanoTime();
    Tally total = new Tally(channelOrder);
    Map<String, Optional<Recipient>> seenRecipients = new ConcurrentHashMap<>();
    Set<String> seen = new HashSet<>();
    while (true) {
      List<Due> batch = source.apply(clock.instant());
      Map<String, List<Due>> groups = new LinkedHashMap<>();
      for (Due due : batch) {
        // Sent, failed, skipped and claimed deliveries leave the due list; `seen` guards against one that stays.
        if (seen.add(due.alert().id() + "/" + due.channel())) {
          groups.computeIfAbsent(due.alert().ownerId() + "\n" + due.channel(), k -> new ArrayList<>()).add(due);
        }
      }
      if (groups.isEmpty()) {
        break;
      }
      run(groups.values(), seenRecipients, total);
      if (batch.size() < policy.batchSize()) {
        break;
      }
    }
    RelayReport report = total.report(Duration.ofNanos(System.nanoTime() - started));
    if (!report.isEmpty()) {
      LOG.log(Level.INFO, "relay: {0}", report.summary());
    }
    listener.accept(report);
    return report;
  }

  /** Sends each group (one recipient, one channel), up to {@code maxParallelism} at a time. */
  private void run(Collection<List<Due>> groups, Map<String, Optional<Recipient>> cache, Tally total) {
    if (executor == null || policy.maxParallelism() == 1 || groups.size() == 1) {
      groups.forEach(group -> total.addAll(sender.send(group, cache)));
      return;
    }
    Semaphore permits = new Semaphore(policy.maxParallelism());
    List<CompletableFuture<Tally>> running = new ArrayList<>();
    for (List<Due> group : groups) {
      permits.acquireUninterruptibly();
      try {
        running.add(CompletableFuture.supplyAsync(() -> {
          try {
            return sender.send(group, cache);
          } finally {
            permits.release();
          }
        }, executor));
      } catch (RejectedExecutionException e) {
        permits.release();
        running.add(CompletableFuture.completedFuture(sender.send(group, cache)));
      }
    }
    for (CompletableFuture<Tally> group : running) {
      try {
        total.addAll(group.join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
  }

  /** Builds an {@link AlertRelay}; outbox and recipients are required, notifiers one per channel. */
  public static final class Builder {
    private AlertOutbox outbox;
    private RecipientDirectory recipients;
    private final Map<String, Notifier> notifiers = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private RelayPolicy policy = RelayPolicy.defaults();
    private Executor executor;
    private Consumer<RelayReport> listener = report -> { };

    private Builder() {}

    /**
     * Where the due deliveries are read and marked; required.
     *
     * @param outbox the outbox
     * @return this builder
     */
    public Builder outbox(AlertOutbox outbox) {
      this.outbox = outbox;
      return this;
    }

    /**
     * Who the owners of alerts are as recipients; required.
     *
     * @param recipients the directory
     * @return this builder
     */
    public Builder recipients(RecipientDirectory recipients) {
      this.recipients = recipients;
      return this;
    }

    /**
     * Delivers on the notifier's channel.
     *
     * @param notifier one delivery channel
     * @return this builder
     * @throws IllegalArgumentException when another notifier already has that channel
     */
    public Builder notifier(Notifier notifier) {
      Objects.requireNonNull(notifier, "notifier");
      if (notifiers.putIfAbsent(notifier.channel(), notifier) != null) {
        throw new IllegalArgumentException("two notifiers for channel " + notifier.channel());
      }
      return this;
    }

    /**
     * Default value is {@link Clock#systemUTC()}.
     *
     * @param clock the time of retries, leases and give-ups
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Default value is {@link RelayPolicy#defaults()}.
     *
     * @param policy how to retry and give up
     * @return this builder
     */
    public Builder policy(RelayPolicy policy) {
      this.policy = policy;
      return this;
    }

    /**
     * Where recipients are sent to in parallel (up to the policy's limit); default none: the
     * caller's thread.
     *
     * @param executor runs the sends, null for the caller's thread
     * @return this builder
     */
    public Builder executor(@Nullable Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Told every pass's report, e.g. to count it in metrics; default does nothing.
     *
     * @param listener called with each report, on the relaying thread
     * @return this builder
     */
    public Builder onReport(Consumer<RelayReport> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the relay.
     *
     * @return the relay
     * @throws NullPointerException if outbox, recipients, clock or policy is missing
     */
    public AlertRelay build() {
      return new AlertRelay(this);
    }
  }
}
