package com.pks.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import com.pks.clinic.web.testing.Services;

/**
 * Every public operation of every session bean service (stateless, or a singleton behind an api) names who may call
 * it, and the README's table of roles says
 * the same: a new operation without a role annotation, or a role changed in code but not in the table (or the other
 * way round), fails here.
 */
class RoleTableTest {

    private static final String EVERYONE = "everyone";
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| (.+?) \\| (.+?) \\|$");

    @Test
    void everyServiceOperationHasARoleAnnotationAndTheReadmeSaysTheSame() throws IOException {
        TreeMap<String, String> inCode = rolesInCode();
        TreeMap<String, String> inReadme = rolesInReadme();
        assertFalse(inCode.isEmpty());
        assertEquals(inReadme, inCode, "The README's table of roles and the services' annotations differ");
    }

    @Test
    void theInContainerRoleTestCallsEveryService() {
        Set<String> scanned = rolesInCode().keySet().stream().map(operation -> operation.split("\\.")[0])
                .collect(Collectors.toSet());
        assertEquals(scanned, Services.IMPLEMENTATIONS.keySet().stream().map(Class::getSimpleName)
                .collect(Collectors.toSet()));
    }

    @Test
    void theStaffOperationsAreNotOpenToEveryone() {
        TreeMap<String, String> roles = rolesInCode();
        assertEquals("Administrator, Intake", roles.get("InquiryService.get"));
        assertEquals("Administrator", roles.get("InquiryService.exportCsv"));
        assertEquals("Administrator, Editor", roles.get("PageService.publish"));
        assertEquals(EVERYONE, roles.get("InquiryService.submit"));
    }

    /** "Service.operation" to its roles, sorted and comma-separated, or "everyone" for {@code @PermitAll}. */
    private static TreeMap<String, String> rolesInCode() {
        TreeMap<String, String> roles = new TreeMap<>();
        for (JavaClass bean : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.pks.clinic")) {
            boolean singleton = bean.isAnnotatedWith(Singleton.class);
            if (!bean.isAnnotatedWith(Stateless.class) && !singleton) {
                continue;
            }
            Class<?> type = bean.reflect();
            Optional<Class<?>> api = Arrays.stream(type.getInterfaces())
                    .filter(i -> i.getPackageName().endsWith(".api")).findFirst();
            if (api.isEmpty() && singleton) {
                continue; // a job of its module (timers), which no api exposes
            }
            Class<?> service = api.orElseThrow(() -> new AssertionError(type + " implements no api interface"));
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String who = who(method);
                String operation = service.getSimpleName() + "." + method.getName();
                String earlier = roles.put(operation, who);
                assertTrue(earlier == null || earlier.equals(who), operation + ": overloads differ in their roles");
            }
        }
        return roles;
    }

    private static String who(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        boolean permitAll = method.isAnnotationPresent(PermitAll.class);
        assertTrue(allowed != null ^ permitAll, method + " needs exactly one of @RolesAllowed and @PermitAll");
        return permitAll ? EVERYONE : new TreeSet<>(Set.of(allowed.value())).stream().collect(Collectors.joining(", "));
    }

    private static TreeMap<String, String> rolesInReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = readme.substring(readme.indexOf("<!-- roles table -->"), readme.indexOf("<!-- end of roles table -->"));
        TreeMap<String, String> roles = new TreeMap<>();
        for (String line : table.lines().toList()) {
            Matcher row = ROW.matcher(line.strip());
            if (!row.matches()) {
                continue;
            }
            String who = row.group(3).startsWith(EVERYONE) ? EVERYONE : Arrays.stream(row.group(3).split(","))
                    .map(String::strip).sorted().collect(Collectors.joining(", "));
            for (String operation : row.group(2).split(",")) {
                roles.put(row.group(1) + "." + operation.strip().replace("`", ""), who);
            }
        }
        return roles;
    }
}
