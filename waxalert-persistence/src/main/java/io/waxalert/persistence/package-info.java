/**
 * The core's stores on a relational database, as Micronaut beans: {@link
 * io.waxalert.persistence.JdbcWantedEntryStore}, {@link io.waxalert.persistence.JdbcNotificationLog}, {@link io.waxalert.persistence.JdbcAlertOutbox},
 * {@link io.waxalert.persistence.JdbcPriceObservationStore}, plus the accounts in {@link
 * io.waxalert.persistence.UserStore}. Runs on H2 in PostgreSQL mode or on PostgreSQL; the schema is
 * Flyway's {@code db/migration}. A core {@code ownerId} is the owner's Discogs username.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}; lookups return {@code Optional}.
 */
package io.waxalert.persistence;
