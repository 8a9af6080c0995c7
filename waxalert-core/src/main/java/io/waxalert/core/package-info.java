/**
 * WaxAlert core: the wanted-entry model, the criteria matcher and the monitoring engine.
 *
 * <p>Null policy for every package of the core: parameters, fields and return values are non-null
 * unless marked {@link io.waxalert.core.Nullable}, which always means "unknown" or "not set".
 * {@code Optional} is used for return values only.
 */
package io.waxalert.core;
