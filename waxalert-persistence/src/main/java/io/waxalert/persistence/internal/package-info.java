/**
 * Not API: table rows as records annotated with jakarta.persistence ({@code @Entity}, {@code @Table},
 * {@code @Id}, {@code @Column}) and mapped by Micronaut Data JDBC, the {@code @JdbcRepository} interfaces
 * (POSTGRES dialect, which H2 runs in PostgreSQL mode) and the mappers to core records.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}.
 */
package io.waxalert.persistence.internal;
