package io.waxalert.discogs.internal;

import io.waxalert.core.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Image and page addresses as Discogs sends them, made absolute on the Discogs site: relative
 * ({@code /images/x.jpg}) and scheme-relative ({@code //i.discogs.com/x.jpg}) forms are resolved
 * against {@code webBaseUrl}; anything but http(s) afterwards, or no URI at all, is dropped.
 */
final class WebUrls {

  private static final Logger LOG = LoggerFactory.getLogger(WebUrls.class);

  private final URI base;

  WebUrls(URI webBaseUrl) {
    String text = webBaseUrl.toString();
    // URI.resolve glues a relative path straight onto an empty base path ("…comimages/x.jpg").
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
  }

  @Nullable String absolute(@Nullable String uri) {
    if (uri == null || uri.isBlank()) {
      return null;
    }
    try {
      URI resolved = base.resolve(new URI(uri.strip()));
      String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("https") || scheme.equals("http")) {
        return resolved.toString();
      }
      LOG.debug("dropped an image address that is not http(s): {}", uri);
    } catch (URISyntaxException | IllegalArgumentException e) {
      LOG.debug("dropped an unreadable image address {}: {}", uri, e.getMessage());
    }
    return null;
  }
}
