package io.waxalert.app.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.server.util.ProxyHeaderParser;
import io.waxalert.app.settings.IpRange;
import io.waxalert.app.settings.ServiceProperties;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The client's address, for everything that limits per client (the sign-in throttle). Micronaut's
 * own resolver believes {@code Forwarded} / {@code X-Forwarded-For} from anyone, so any caller could
 * pick the address it is counted under; this one believes them only on a connection from a
 * configured trusted proxy ({@code waxalert.trusted-proxies}). The recorded hops are then read from
 * the right, past the trusted proxies, to the first address that is not one: what a client wrote
 * to the left of that is its own claim and is never read. {@code micronaut.server.client-address-header}
 * (e.g. {@code X-Real-IP}), when set, is what the trusted proxy names the client in instead.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public final class ClientAddresses implements HttpClientAddressResolver {

  private final List<IpRange> trusted;
  private final @Nullable String clientHeader;

  ClientAddresses(ServiceProperties service, HttpServerConfiguration server) {
    this.trusted = service.trustedProxyRanges();
    this.clientHeader = server.getClientAddressHeader();
  }

  @Override
  public String resolve(HttpRequest request) {
    InetSocketAddress remote = request.getRemoteAddress();
    InetAddress peer = remote.getAddress();
    String peerText = peer == null ? remote.getHostString() : peer.getHostAddress();
    if (peer == null || !isTrusted(peer)) {
      return peerText;
    }
    List<String> hops = hops(request);
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      Optional<InetAddress> address = IpRange.literal(hop);
      if (address.isEmpty()) {
        // an obfuscated or "unknown" hop, as the trusted proxy wrote it
        return hop.toLowerCase(Locale.ROOT);
      }
      if (!isTrusted(address.get())) {
        return address.get().getHostAddress();
      }
    }
    // every hop is a trusted proxy: the first one's client is the leftmost
    return hops.isEmpty() ? peerText : IpRange.literal(hops.get(0)).map(InetAddress::getHostAddress).orElse(peerText);
  }

  private boolean isTrusted(InetAddress address) {
    for (IpRange range : trusted) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** The addresses the proxies recorded, the nearest one last, without ports. */
  private List<String> hops(HttpRequest<?> request) {
    List<String> raw = new ArrayList<>();
    if (clientHeader != null && request.getHeaders().contains(clientHeader)) {
      for (String line : request.getHeaders().getAll(clientHeader)) {
        for (String part : line.split(",")) {
          raw.add(part);
        }
      }
    } else {
      raw.addAll(new ProxyHeaderParser(request).getFor());
    }
    List<String> hops = new ArrayList<>();
    for (String hop : raw) {
      String cleaned = withoutPort(hop.trim().replace("\"", ""));
      if (!cleaned.isEmpty()) {
        hops.add(cleaned);
      }
    }
    return hops;
  }

  /** {@code [2001:db8::1]:4711} → {@code 2001:db8::1}; {@code 192.0.2.1:80} → {@code 192.0.2.1}. */
  private static String withoutPort(String hop) {
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      return end < 0 ? hop : hop.substring(1, end);
    }
    int colon = hop.indexOf(':');
    return colon >= 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
  }
}
