/**
 * What collectors want and what WaxAlert found for them: wanted entries, their check state, alerts,
 * the recipients alerts go to and each alert's delivery per channel. Built on the market values of
 * {@code model} and the criteria of {@code criteria}.
 */
package io.waxalert.core.entry;
