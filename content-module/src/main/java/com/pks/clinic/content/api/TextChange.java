package com.pks.clinic.content.api;

/** A run of words of a comparison: unchanged, added or removed. */
public record TextChange(Kind kind, String text) {

    public enum Kind { SAME, ADDED, REMOVED }

    public boolean added() {
        return kind == Kind.ADDED;
    }

    public boolean removed() {
        return kind == Kind.REMOVED;
    }
}
