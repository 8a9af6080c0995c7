/**
 * The service's settings: one {@code @ConfigurationProperties} record per {@code waxalert.*} prefix,
 * checked with Bean Validation when the service starts, so a bad value stops the start with a
 * message naming the property. Nothing here depends on the rest of the app.
 */
package io.waxalert.app.settings;
