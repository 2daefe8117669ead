package com.pks.clinic.inquiry.internal.protect;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.pks.clinic.inquiry.api.InquiryKeyException;

class KeyFilePermissionsTest {

    @Test
    void aKeyFileOthersMayReadIsRefusedWithHowToFixIt(@TempDir Path folder) throws IOException {
        Path key = Files.writeString(folder.resolve("inquiry.key"), "not read anyway");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r-----"));
        InquiryKeyException refused = assertThrows(InquiryKeyException.class, () -> Keyring.refuseIfOthersMayRead(key));
        assertTrue(refused.getMessage().contains("chmod 600 " + key), refused.getMessage());

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertDoesNotThrow(() -> Keyring.refuseIfOthersMayRead(key));
    }
}
