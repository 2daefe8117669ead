package com.pks.clinic.content.api;

/** Someone else changed the item after the editor opened it: their change must not be overwritten silently. */
public class ConcurrentEditException extends ContentException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else in the meantime; reload it to see their change");
    }
}
