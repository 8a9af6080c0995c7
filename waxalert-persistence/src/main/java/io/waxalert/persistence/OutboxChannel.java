package io.waxalert.persistence;

/**
 * The delivery channels of the alert outbox. Each alert has its own state per channel (mail: V1–V2
 * columns, webhook: V3 columns), so a webhook that is down never holds back the mail, nor the reverse.
 */
public enum OutboxChannel {
  /** The alert mail; every alert starts pending here. */
  MAIL,
  /** The user's webhook; pending only when the user had a webhook when the alert was recorded. */
  WEBHOOK
}
