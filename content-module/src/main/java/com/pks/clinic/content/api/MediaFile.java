package com.pks.clinic.content.api;

/** The bytes of one variant of a picture, as served. */
public record MediaFile(String contentType, String fingerprint, int width, byte[] bytes) {
}
