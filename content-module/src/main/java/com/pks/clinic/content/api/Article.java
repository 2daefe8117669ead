package com.pks.clinic.content.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published article (news or research), as the public site shows it.
 *
 * @param date        the day it is about, as its author set it
 * @param imagePath   a picture of the media library, or {@code null}
 * @param publishedAt when its current text went live (the feed's "updated")
 */
public record Article(String key, String title, String author, String summary, String bodyHtml, String imagePath,
                      LocalDate date, Instant publishedAt) {
}
