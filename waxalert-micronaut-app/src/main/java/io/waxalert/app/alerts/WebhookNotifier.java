package io.waxalert.app.alerts;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.spi.Notifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The {@code webhook} channel: posts each alert to the user's webhook as JSON ({@link WebhookPayload};
 * Discord reads its {@code content}). An ntfy topic URL (host {@code ntfy.sh} or any host starting
 * with {@code ntfy.}) gets ntfy's plain form instead: the summary as the body with {@code Title},
 * {@code Click} and {@code Tags} headers. Any 2xx answer counts as delivered.
 *
 * <p>Posts go through Apache HttpClient with {@link WebhookTargets#resolvePublic} as its DNS
 * resolver: the host is looked up once, every address checked, and the connection made to a checked
 * address, while the request still carries the URL's name (the {@code Host} header, TLS SNI and
 * certificate check). The JDK's client cannot be given the addresses to connect to, so it would look
 * the name up again after the check (DNS rebinding). No proxy, no redirects, no retries.
 */
public final class WebhookNotifier implements Notifier {

  public static final String CHANNEL = "webhook";
  private static final Timeout TIMEOUT = Timeout.ofSeconds(10);
  private static final ContentType JSON = ContentType.create("application/json");
  private static final ContentType TEXT = ContentType.parse("text/plain; charset=utf-8");

  private final CloseableHttpClient http;
  private final WebhookTargets targets;
  private final WebhookPayload payload;

  public WebhookNotifier(WebhookTargets targets, AlertLinks links, ExchangeRates rates) {
    this(targets, links, rates, defaultTls());
  }

  /** With the TLS context that decides which servers' certificates are trusted (tests). */
  WebhookNotifier(WebhookTargets targets, AlertLinks links, ExchangeRates rates, SSLContext tls) {
    this.targets = targets;
    this.payload = new WebhookPayload(links, rates);
    DnsResolver checkedResolver = new DnsResolver() {
      @Override
      public InetAddress[] resolve(String host) throws UnknownHostException {
        return targets.resolvePublic(host);
      }

      @Override
      public String resolveCanonicalHostname(String host) {
        return host;
      }
    };
    this.http = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(checkedResolver)
            .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
            .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(TIMEOUT).setSocketTimeout(TIMEOUT)
                .build())
            .build())
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(TIMEOUT).build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .setUserAgent("WaxAlert webhook")
        .build();
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public void send(Recipient recipient, List<Alert> alerts) throws IOException {
    URI uri = URI.create(recipient.address(CHANNEL).orElseThrow(() -> new IOException("no webhook address")));
    targets.requireAllowed(uri);
    for (Alert alert : alerts) {
      post(uri, alert);
    }
  }

  private void post(URI uri, Alert alert) throws IOException {
    HttpPost request = new HttpPost(uri);
    if (isNtfy(uri)) {
      request.setHeader("Title", ascii("WaxAlert: " + alert.title()));
      request.setHeader("Click", alert.url());
      request.setHeader("Tags", "cd");
      request.setEntity(new ByteArrayEntity((WebhookPayload.summary(alert) + "\n" + alert.url())
          .getBytes(StandardCharsets.UTF_8), TEXT));
    } else {
      // JSON is UTF-8 by definition (RFC 8259): no charset parameter
      request.setEntity(new ByteArrayEntity(payload.json(alert).getBytes(StandardCharsets.UTF_8), JSON));
    }
    int status = http.execute(request, response -> {
      EntityUtils.consume(response.getEntity());
      return response.getCode();
    });
    if (status / 100 != 2) {
      throw new IOException("webhook answered HTTP " + status);
    }
  }

  private static SSLContext defaultTls() {
    try {
      return SSLContext.getDefault();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("no TLS available", e);
    }
  }

  private static boolean isNtfy(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host.equals("ntfy.sh") || host.startsWith("ntfy.");
  }

  /** HTTP header values: ASCII only. */
  private static String ascii(String s) {
    return s.replace('–', '-').replaceAll("[^\\x20-\\x7e]", "?");
  }
}
