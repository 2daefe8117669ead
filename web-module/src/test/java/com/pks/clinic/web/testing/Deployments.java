package com.pks.clinic.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds Arquillian deployments from the WAR that the build just packed, with every module in it, so that an
 * in-container test runs against exactly what ships. Each deployment restarts Payara: keep them few.
 */
public final class Deployments {

    private Deployments() {
    }

    private static final String WEB_XML = "WEB-INF/web.xml";
    private static final String MULTIVIEWS_EXCLUSIONS = "!/health";

    /**
     * The clinic site plus the given test classes, and the beans that let a test act in one role
     * ({@link AsAdministrator}, {@link AsEditor}, {@link AsIntake}) with the principals they run as.
     */
    public static WebArchive clinicSiteWith(Class<?>... testClasses) {
        File war = new File(TestSettings.required("clinic.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "clinic-site.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClasses(testClasses)
                .addClasses(Acting.class, AsAdministrator.class, AsEditor.class, AsIntake.class)
                .addAsWebInfResource("roles/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        archive.delete("WEB-INF/payara-web.xml");
        archive.addAsWebInfResource("roles/payara-web.xml", "payara-web.xml");
        return reachableTestRunner(archive);
    }

    /**
     * The test copy of web.xml differs in one thing: OmniFaces MultiViews would hand Arquillian's own servlet path
     * to the content pages, so that path is excluded from it like /health.
     */
    private static WebArchive reachableTestRunner(WebArchive archive) {
        String webXml = new String(readAll(archive.get(WEB_XML).getAsset().openStream()), StandardCharsets.UTF_8);
        if (!webXml.contains(MULTIVIEWS_EXCLUSIONS)) {
            throw new IllegalStateException("web.xml no longer excludes " + MULTIVIEWS_EXCLUSIONS + " from MultiViews");
        }
        archive.delete(WEB_XML);
        return archive.addAsWebInfResource(new StringAsset(webXml.replace(MULTIVIEWS_EXCLUSIONS,
                MULTIVIEWS_EXCLUSIONS + ", !/ArquillianServletRunnerEE9")), "web.xml");
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
