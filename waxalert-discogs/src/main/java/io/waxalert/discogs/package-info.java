/**
 * The Discogs adapter of WaxAlert: {@link io.waxalert.discogs.DiscogsClient}, its config and
 * credentials, the listing sources and the ECB exchange rates. Everything is non-null unless
 * marked {@link io.waxalert.core.Nullable}; {@code Optional} appears only as a return value.
 */
package io.waxalert.discogs;
