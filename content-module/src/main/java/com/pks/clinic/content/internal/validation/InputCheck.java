package com.pks.clinic.content.internal.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;

import com.pks.clinic.content.api.InvalidContentException;

/**
 * Validates what a service is given. The services call it themselves: Payara 6 does not run Bean Validation's
 * method interceptor on these session beans, so constraints on interface parameters alone would not be checked.
 */
@ApplicationScoped
public class InputCheck {

    @Inject
    private Validator validator;

    /** Throws {@link InvalidContentException} naming every field of these values that breaks a constraint. */
    public void require(Object... values) {
        Map<String, String> problems = new TreeMap<>();
        for (Object value : values) {
            if (value == null) {
                throw new IllegalArgumentException("A required argument is missing");
            }
            for (ConstraintViolation<Object> violation : validator.validate(value)) {
                problems.merge(violation.getPropertyPath().toString(), violation.getMessage(),
                        (first, second) -> first.contains(second) ? first : first + " " + second);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }
}
