package io.waxalert.discogs.internal;

/** One want; {@code id} is the release id, {@code notes} only for the owner. */
public record WantDto(long id, String notes, String dateAdded, Integer rating, BasicInformationDto basicInformation) {}
