package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;

/**
 * {@code waxalert.webhooks.*}.
 *
 * @param allowPrivateAddresses let webhooks post to loopback and private networks (tests, an
 *     intranet deployment); off by default
 */
@Context
@ConfigurationProperties("waxalert.webhooks")
public record WebhookProperties(boolean allowPrivateAddresses) {}
