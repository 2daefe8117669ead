package com.pks.clinic.web.testing;

import java.io.File;
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

    /** The clinic site plus the given test classes. */
    public static WebArchive clinicSiteWith(Class<?>... testClasses) {
        File war = new File(TestSettings.required("clinic.war"));
        return ShrinkWrap.create(ZipImporter.class, "clinic-site.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClasses(testClasses);
    }
}
