package io.waxalert.app.settings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address or an address range in CIDR notation ({@code 10.0.0.0/8}, {@code 192.168.1.10},
 * {@code fd00::/8}), parsed without any DNS lookup: a host name is not an address.
 *
 * @param network the range's first address
 * @param prefixLength how many leading bits an address must share with {@code network}
 */
public record IpRange(InetAddress network, int prefixLength) {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  public IpRange {
    int bits = network.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException("a prefix length is 0 to " + bits);
    }
  }

  /**
   * @throws IllegalArgumentException when {@code text} is not an address or CIDR range
   */
  public static IpRange parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    InetAddress network = literal(address).orElseThrow(() ->
        new IllegalArgumentException("'" + text + "' is not an IP address or a CIDR range such as 10.0.0.0/8"));
    int bits = network.getAddress().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(trimmed.substring(slash + 1));
      } catch (NumberFormatException e) {
        prefix = -1;
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("'" + text + "' has a prefix length out of 0 to " + bits);
      }
    }
    return new IpRange(network, prefix);
  }

  /** The address {@code text} spells (IPv4 dotted, or IPv6 with or without brackets); never looks a name up. */
  public static Optional<InetAddress> literal(String text) {
    String t = text.trim();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    if (IPV4.matcher(t).matches()) {
      for (String part : t.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return Optional.empty();
        }
      }
    } else if (!IPV6.matcher(t).matches()) {
      return Optional.empty();
    }
    try {
      // a literal: getByName parses it and does no lookup
      return Optional.of(InetAddress.getByName(t));
    } catch (UnknownHostException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code address} lies in this range (an IPv4 address never lies in an IPv6 range, nor back). */
  public boolean contains(InetAddress address) {
    byte[] a = address.getAddress();
    byte[] n = network.getAddress();
    if (a.length != n.length) {
      return false;
    }
    int full = prefixLength / 8;
    if (!Arrays.equals(a, 0, full, n, 0, full)) {
      return false;
    }
    int rest = prefixLength % 8;
    if (rest == 0) {
      return true;
    }
    int mask = 0xff << (8 - rest) & 0xff;
    return (a[full] & mask) == (n[full] & mask);
  }

  @Override
  public String toString() {
    return network.getHostAddress().toLowerCase(Locale.ROOT) + "/" + prefixLength;
  }
}
