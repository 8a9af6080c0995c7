package io.waxalert.discogs.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;

/**
 * A {@link Client} that takes a permit from the shared {@link RateGate} for every real HTTP
 * attempt, Feign's retries included, and feeds each answer's budget headers back to it.
 */
public final class RateLimitedClient implements Client {

  private final Client delegate;
  private final RateGate gate;

  public RateLimitedClient(Client delegate, RateGate gate) {
    this.delegate = delegate;
    this.gate = gate;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    gate.acquire();
    Response response = delegate.execute(request, options);
    gate.record(response.status(), response.headers());
    return response;
  }
}
