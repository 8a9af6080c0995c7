/**
 * The service's settings: one {@code @ConfigurationProperties} record per {@code waxalert.*} prefix,
 * checked with Bean Validation when the service starts, so a bad value stops the start with a
 * message naming the property. Every default is in {@code application.yml}, so no component needs a
 * default of its own and a value that does not convert ({@code interval=abc}) is refused rather than
 * silently replaced. Nothing here depends on the rest of the app.
 */
package io.waxalert.app.settings;
