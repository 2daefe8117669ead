package com.pks.clinic.content.internal.settings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;

import com.pks.clinic.content.api.SiteSettings;

/**
 * The clinic's details as one text (a {@link Properties} file, one line per detail), as a revision keeps them: every
 * detail the record has, so that a detail added later needs no new column here.
 */
final class SettingsText {

    private SettingsText() {
    }

    static String of(SiteSettings settings) {
        Properties text = new Properties();
        for (RecordComponent detail : SiteSettings.class.getRecordComponents()) {
            Object value = value(detail, settings);
            if (value != null && !detail.getName().equals("version")) {
                text.setProperty(detail.getName(), value.toString());
            }
        }
        StringWriter out = new StringWriter();
        try {
            text.store(out, null);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toString();
    }

    /** The details this text holds, with this version (the live row's, to which a change would go). */
    static SiteSettings parse(String stored, long version) {
        Properties text = new Properties();
        try {
            text.load(new StringReader(stored));
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        RecordComponent[] details = SiteSettings.class.getRecordComponents();
        Object[] values = Arrays.stream(details).map(detail -> detail.getName().equals("version") ? version
                : convert(detail.getType(), text.getProperty(detail.getName()))).toArray();
        try {
            return SiteSettings.class.getDeclaredConstructor(Arrays.stream(details).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException unreachable) {
            throw new IllegalStateException("A record has its canonical constructor", unreachable);
        }
    }

    private static Object convert(Class<?> type, String value) {
        return value == null || type == String.class ? value : LocalDate.parse(value);
    }

    static Object value(RecordComponent detail, SiteSettings settings) {
        try {
            return detail.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException unreachable) {
            throw new IllegalStateException("A record's accessor is public", unreachable);
        }
    }
}
