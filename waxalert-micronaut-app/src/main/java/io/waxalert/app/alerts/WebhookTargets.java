package io.waxalert.app.alerts;

import io.waxalert.app.settings.WebhookProperties;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the service may post a user's webhook: public internet addresses only. A webhook URL is
 * user input that the server itself calls, so without this any user could make it post to the
 * service's own loopback, to cloud metadata (169.254.169.254) or to the private network behind it.
 * {@code waxalert.webhooks.allow-private-addresses} lifts the rule (tests; an intranet deployment).
 *
 * <p>A post's host is looked up once, by {@link #resolvePublic}, which the webhook client uses as its
 * DNS resolver: the addresses checked are the addresses connected to, so a name that answers a public
 * address to the check and a private one a moment later (DNS rebinding) never reaches the private one.
 */
@Singleton
public final class WebhookTargets {

  /** Looks a host name up; the JDK's resolver but in tests. */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** A host the webhook may not reach: it resolves to an address that is not public. */
  static final class RefusedHostException extends UnknownHostException {
    RefusedHostException(String host) {
      super("webhook URL refused: " + host + " resolves to a non-public address");
    }
  }

  private final boolean allowPrivate;
  private final Resolver resolver;
  private final Predicate<InetAddress> allowed;

  @Inject
  WebhookTargets(WebhookProperties settings) {
    this(settings.allowPrivateAddresses());
  }

  public WebhookTargets(boolean allowPrivate) {
    this(allowPrivate, InetAddress::getAllByName);
  }

  WebhookTargets(boolean allowPrivate, Resolver resolver) {
    this(allowPrivate, resolver, address -> allowPrivate || refusal(address).isEmpty());
  }

  /** With another rule of which addresses count as public (tests that may only use loopback). */
  WebhookTargets(boolean allowPrivate, Resolver resolver, Predicate<InetAddress> allowed) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
    this.allowed = allowed;
  }

  /**
   * Why {@code uri} may not be posted to, judged without a DNS lookup (for validating input):
   * an http(s) URL whose host is an address literal or a name of this machine in a non-public range.
   */
  public Optional<String> refusalWithoutLookup(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      return Optional.of("must be an http or https URL");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return Optional.of("must not point at this machine");
    }
    if (isAddressLiteral(host)) {
      try {
        return refusal(InetAddress.getByName(stripBrackets(host)));
      } catch (UnknownHostException e) {
        return Optional.of("is not a valid address");
      }
    }
    return Optional.empty();
  }

  /**
   * Checks {@code uri} before a post, without a lookup (that is {@link #resolvePublic}'s, when connecting).
   *
   * @throws IOException when the URL is not http(s) or names a non-public address literal
   */
  public void requireAllowed(URI uri) throws IOException {
    Optional<String> refused = refusalWithoutLookup(uri);
    if (refused.isPresent()) {
      throw new IOException("webhook URL refused: " + refused.get());
    }
  }

  /**
   * Looks {@code host} up once and answers its addresses, all of them checked: the only addresses a
   * webhook post may connect to.
   *
   * @throws UnknownHostException when the host does not resolve, or ({@link RefusedHostException})
   *     when any of its addresses is not public
   */
  public InetAddress[] resolvePublic(String host) throws UnknownHostException {
    InetAddress[] addresses = resolver.resolve(stripBrackets(host));
    if (addresses == null || addresses.length == 0) {
      throw new UnknownHostException(host);
    }
    for (InetAddress address : addresses) {
      if (!allowed.test(address)) {
        throw new RefusedHostException(host);
      }
    }
    return addresses.clone();
  }

  private static Optional<String> refusal(InetAddress address) {
    if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress() || isOtherNonPublic(address)) {
      return Optional.of("must be a public internet address");
    }
    return Optional.empty();
  }

  /** Ranges InetAddress has no predicate for: 0/8, 100.64/10 (carrier NAT), IPv6 unique-local fc00::/7. */
  private static boolean isOtherNonPublic(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 || (first == 100 && second >= 64 && second < 128);
  }

  private static boolean isAddressLiteral(String host) {
    return host.startsWith("[") || host.matches("[0-9.]+") || host.matches("(0x[0-9a-f]+|[0-9]+)");
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
