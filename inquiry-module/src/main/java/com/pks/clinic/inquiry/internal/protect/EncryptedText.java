package com.pks.clinic.inquiry.internal.protect;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a personal text field of an inquiry encrypted. The keys are read from the configuration once, when the
 * first value is written or read ({@link InquiryKeys}).
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return InquiryKeys.cipher().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return InquiryKeys.cipher().decrypt(stored);
    }
}
