package io.waxalert.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

  @ParameterizedTest
  @CsvSource({
      "10.0.0.0/8, 10.255.1.2, true", "10.0.0.0/8, 11.0.0.1, false", "192.168.1.10, 192.168.1.10, true",
      "192.168.1.10, 192.168.1.11, false", "172.16.0.0/12, 172.31.255.255, true", "172.16.0.0/12, 172.32.0.0, false",
      "0.0.0.0/0, 203.0.113.9, true", "fd00::/8, fd12:3456::1, true", "fd00::/8, fe80::1, false",
      "::1, ::1, true", "10.0.0.0/8, ::ffff:10.0.0.1, true", "[2001:db8::]/32, 2001:db8:cafe::17, true"})
  void aRangeHoldsTheAddressesOfItsPrefix(String range, String address, boolean inside) throws Exception {
    assertThat(IpRange.parse(range).contains(InetAddress.getByName(address))).isEqualTo(inside);
  }

  @ParameterizedTest
  @ValueSource(strings = {"proxy.example.org", "localhost", "10.0.0.0/33", "256.1.1.1", "10.0.0/8", "::1/129",
      "10.0.0.0/x", "", "1.2.3.4.5"})
  void anythingButAnAddressOrRangeIsRefusedWithoutALookup(String text) {
    assertThatThrownBy(() -> IpRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
