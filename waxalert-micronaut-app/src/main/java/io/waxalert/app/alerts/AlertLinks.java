package io.waxalert.app.alerts;

import io.waxalert.core.entry.Alert;

/** Links back to the service in alert messages: the entry page and the one-click unsubscribe. */
public final class AlertLinks {

  private final String appUrl;

  public AlertLinks(String appUrl) {
    this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
  }

  public String entryUrl(Alert alert) {
    return appUrl + "/entries/" + alert.entryId();
  }

  public String unsubscribeUrl(String token) {
    return appUrl + "/unsubscribe/" + token;
  }
}
