/**
 * Followed sellers: a seller's inventory read newest first, only as far back as the listings seen
 * before, each listing of a wanted release judged and alerted like a sell-page listing, and the
 * bundles of several wants one seller offers. Null-free except {@code @Nullable} components.
 */
package io.waxalert.core.sellers;
