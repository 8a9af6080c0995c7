/**
 * Delivering alerts: {@link io.waxalert.core.delivery.AlertRelay} takes the deliveries the engine
 * recorded from the outbox and hands them to one notifier per channel, with retries, back-off and
 * an honest give-up; {@link io.waxalert.core.delivery.AlertHistory} shows what became of each alert.
 */
package io.waxalert.core.delivery;
