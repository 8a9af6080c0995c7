/**
 * What collectors want and what WaxAlert found for them: wanted entries, their check state, and
 * alerts. Built on the market values of {@code model} and the criteria of {@code criteria}.
 */
package io.waxalert.core.entry;
