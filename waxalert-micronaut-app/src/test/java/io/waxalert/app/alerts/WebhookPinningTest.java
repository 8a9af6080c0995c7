package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.testing.AlertTestData;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a webhook host that resolves to an allowed address for the check and to a forbidden
 * one a moment later must still be posted to at the checked address, with its own name as Host and
 * TLS SNI. Everything stays on loopback: 127.0.0.2 plays the public address, 127.0.0.1 the private
 * one that must never be reached (the injected rule of which addresses are allowed), and the resolver
 * answers 127.0.0.2 the first time and 127.0.0.1 every time after.
 */
class WebhookPinningTest {

  private static final String HOST = "hooks.example.test";
  private static final InetAddress ALLOWED = address("127.0.0.2");
  private static final InetAddress FORBIDDEN = address("127.0.0.1");

  private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
  private final List<String> hostHeadersAtAllowed = new CopyOnWriteArrayList<>();
  private final AtomicInteger postsAtForbidden = new AtomicInteger();
  private final AtomicInteger lookups = new AtomicInteger();

  private final WebhookTargets.Resolver rebinding = host -> {
    if (!host.equals(HOST)) {
      throw new java.net.UnknownHostException(host);
    }
    return new InetAddress[] {lookups.getAndIncrement() == 0 ? ALLOWED : FORBIDDEN};
  };
  private final WebhookTargets targets = new WebhookTargets(false, rebinding, a -> !a.equals(FORBIDDEN));

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  @Test
  void thePostGoesToTheCheckedAddressWithTheNameAsHost() throws Exception {
    int port = receivers(null);
    WebhookNotifier notifier = new WebhookNotifier(targets, new AlertLinks("https://wax.example"),
        FixedExchangeRates.approximate());

    notifier.send(recipient("http://" + HOST + ":" + port + "/hook"), List.of(alert()));

    assertThat(lookups.get()).as("looked up once, for the check and the connection").isEqualTo(1);
    assertThat(hostHeadersAtAllowed).containsExactly(HOST + ":" + port);
    assertThat(postsAtForbidden.get()).isZero();
  }

  @Test
  void overTlsTheNameIsSentAsSniAndItsCertificateChecked() throws Exception {
    Path keystore = selfSignedKeystore();
    int port = receivers(keystore);
    WebhookNotifier notifier = new WebhookNotifier(targets, new AlertLinks("https://wax.example"),
        FixedExchangeRates.approximate(), tls(keystore, false));

    notifier.send(recipient("https://" + HOST + ":" + port + "/hook"), List.of(alert()));

    assertThat(hostHeadersAtAllowed).containsExactly(HOST + ":" + port);
    assertThat(postsAtForbidden.get()).isZero();
  }

  @Test
  void aHostThatResolvesToAForbiddenAddressFirstIsNeverPosted() throws Exception {
    int port = receivers(null);
    lookups.set(1);
    WebhookNotifier notifier = new WebhookNotifier(targets, new AlertLinks("https://wax.example"),
        FixedExchangeRates.approximate());

    assertThatThrownBy(() -> notifier.send(recipient("http://" + HOST + ":" + port + "/hook"), List.of(alert())))
        .isInstanceOf(IOException.class).hasMessageContaining("non-public address");
    assertThat(hostHeadersAtAllowed).isEmpty();
    assertThat(postsAtForbidden.get()).isZero();
  }

  /** The allowed and the forbidden receiver on one port; answers the port. */
  private int receivers(Path keystore) throws Exception {
    for (int attempt = 0; ; attempt++) {
      HttpServer allowed = server(ALLOWED, 0, keystore);
      int port = allowed.getAddress().getPort();
      allowed.createContext("/hook", exchange -> {
        hostHeadersAtAllowed.add(exchange.getRequestHeaders().getFirst("Host"));
        try (InputStream body = exchange.getRequestBody()) {
          body.readAllBytes();
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
      });
      try {
        HttpServer forbidden = server(FORBIDDEN, port, keystore);
        forbidden.createContext("/hook", exchange -> {
          postsAtForbidden.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
        return port;
      } catch (java.net.BindException taken) {
        if (attempt > 5) {
          throw taken;
        }
      }
    }
  }

  private HttpServer server(InetAddress address, int port, Path keystore) throws Exception {
    HttpServer server;
    if (keystore == null) {
      server = HttpServer.create(new InetSocketAddress(address, port), 0);
    } else {
      HttpsServer https = HttpsServer.create(new InetSocketAddress(address, port), 0);
      SSLContext context = tls(keystore, true);
      https.setHttpsConfigurator(new HttpsConfigurator(context) {
        @Override
        public void configure(HttpsParameters params) {
          SSLParameters ssl = context.getDefaultSSLParameters();
          // the handshake fails unless the client names the host in SNI
          ssl.setSNIMatchers(List.of(SNIHostName.createSNIMatcher(HOST.replace(".", "\\."))));
          params.setSSLParameters(ssl);
        }
      });
      server = https;
    }
    server.start();
    servers.add(server);
    return server;
  }

  /** A key pair and self-signed certificate for {@link #HOST}, made by the JDK's keytool. */
  private static Path selfSignedKeystore() throws Exception {
    Path file = Files.createTempFile("webhook-tls", ".p12");
    Files.delete(file);
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "hook", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
        "-dname", "CN=" + HOST, "-ext", "SAN=dns:" + HOST, "-storetype", "PKCS12",
        "-keystore", file.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor()).as(output).isZero();
    file.toFile().deleteOnExit();
    return file;
  }

  private static SSLContext tls(Path keystore, boolean server) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, "changeit".toCharArray());
    }
    SSLContext context = SSLContext.getInstance("TLS");
    if (server) {
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, "changeit".toCharArray());
      context.init(keys.getKeyManagers(), null, null);
    } else {
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      context.init(null, trust.getTrustManagers(), null);
    }
    return context;
  }

  private static Recipient recipient(String webhook) {
    return new Recipient("rick", Currency.EUR, false, Map.of(WebhookNotifier.CHANNEL, webhook));
  }

  private static Alert alert() {
    return AlertTestData.anAlert().withPrice("20.00", "EUR").build();
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
