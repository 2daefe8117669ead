package com.pks.clinic.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordFieldsTest {

    private static PasswordFields typed(String password, String again) {
        PasswordFields fields = new PasswordFields();
        fields.setPassword(password);
        fields.setPasswordAgain(again);
        return fields;
    }

    @Test
    void twoDifferentPasswordsAreAProblemUnderTheSecondField() {
        assertTrue(typed("amber meadow violin", "amber meadow violln").mismatch().invalid("passwordAgain"));
        assertTrue(typed("amber meadow violin", "").mismatch().invalid("passwordAgain"));
        assertTrue(typed(null, "amber meadow violin").mismatch().invalid("passwordAgain"));
    }

    @Test
    void theSamePasswordTwiceIsPassedOn() {
        PasswordFields same = typed("amber meadow violin", "amber meadow violin");
        assertTrue(same.mismatch().isEmpty());
        assertEquals("amber meadow violin", same.typed());
    }

    /** So that the service's "Please choose a password" shows with every other problem of the form. */
    @Test
    void twoEmptyFieldsAreNoMismatchAndNoPassword() {
        for (PasswordFields empty : new PasswordFields[] {typed("", ""), typed(null, ""), typed(null, null)}) {
            assertTrue(empty.mismatch().isEmpty());
            assertNull(empty.typed());
        }
    }
}
