package com.pks.clinic.content.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageUpdateTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @Test
    void aCompleteUpdateIsValid() {
        assertTrue(validator.validate(new PageUpdate("About ketamine", "A summary", "<p>Text</p>", 0)).isEmpty());
    }

    @Test
    void aBlankTitleTooLongDescriptionAndMissingBodyAreEachReported() {
        Set<ConstraintViolation<PageUpdate>> violations =
                validator.validate(new PageUpdate(" ", "x".repeat(301), null, 0));
        assertEquals(Set.of("title", "metaDescription", "bodyHtml"), violations.stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toSet()));
    }
}
