package com.pks.clinic.content.internal.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
        Map<String, Set<String>> problems = new TreeMap<>();
        for (Object value : values) {
            if (value == null) {
                throw new IllegalArgumentException("A required argument is missing");
            }
            for (ConstraintViolation<Object> violation : validator.validate(value)) {
                problems.computeIfAbsent(violation.getPropertyPath().toString(), field -> new LinkedHashSet<>())
                        .add(violation.getMessage()); // a message shared by several values is said once
            }
        }
        if (!problems.isEmpty()) {
            Map<String, String> said = new TreeMap<>();
            problems.forEach((field, messages) -> said.put(field, String.join(" ", messages)));
            throw new InvalidContentException(said);
        }
    }
}
