package io.waxalert.discogs.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;

/**
 * A {@link Client} that passes every real HTTP attempt, Feign's retries included, through the
 * {@link DiscogsCircuit} (refused at once while Discogs is down) and the shared {@link RateGate}
 * (a permit), and feeds each answer back to both.
 */
public final class RateLimitedClient implements Client {

  private final Client delegate;
  private final RateGate gate;
  private final DiscogsCircuit circuit;

  public RateLimitedClient(Client delegate, RateGate gate, DiscogsCircuit circuit) {
    this.delegate = delegate;
    this.gate = gate;
    this.circuit = circuit;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    circuit.admit();
    try {
      gate.acquire();
    } catch (RuntimeException e) {
      circuit.notSent();
      throw e;
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = delegate.execute(request, options);
    } catch (IOException | RuntimeException e) {
      circuit.noAnswer(e, start);
      throw e;
    }
    gate.record(response.status(), response.headers());
    circuit.answered(response.status(), start);
    return response;
  }
}
