/**
 * Not API: table rows as {@code @MappedEntity} records, the {@code @JdbcRepository} interfaces
 * (POSTGRES dialect, which H2 runs in PostgreSQL mode) and the mappers to core records.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}.
 */
package io.waxalert.persistence.internal;
