/**
 * The ports through which the outside plugs into the core: listing sources, stores, notifiers and
 * exchange rates. Adapters implement them; the core never knows Feign, SQL or Micronaut.
 */
package io.waxalert.core.spi;
