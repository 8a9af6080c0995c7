/**
 * The ports through which the outside plugs into the core: listing sources, stores, the alert
 * outbox, notifiers (one per delivery channel) and the recipient directory. Adapters implement
 * them; the core never knows Feign, SQL or Micronaut.
 */
package io.waxalert.core.spi;
