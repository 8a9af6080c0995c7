package io.waxalert.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Every error answer: a human-readable message, and the offending field where there is one. */
@Serdeable
public record ApiError(String message, @Nullable String field) {}
