/** The monitoring engine: one cycle of checks, alerts and deliveries over the wanted entries. */
package io.waxalert.core.monitor;
