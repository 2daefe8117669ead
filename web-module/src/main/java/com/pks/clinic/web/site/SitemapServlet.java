package com.pks.clinic.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.PublishedPage;

/**
 * {@code /sitemap.xml}: every published page at its public address, with the day it was last published, and the pages
 * of the entries they list (each condition treated, each article).
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicContent content;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PublicContent.Snapshot site = content.current();
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (PublishedPage page : site.pages().values()) {
            url(out, site, page.path(), page.publishedAt());
            if (page.collection() == Collection.CONDITION) {
                site.conditions().forEach(condition -> url(out, site, page.path() + "/" + condition.key(),
                        page.publishedAt()));
            } else if (page.collection() == Collection.ARTICLE) {
                site.articles().forEach(article -> url(out, site, page.path() + "/" + article.key(),
                        article.publishedAt()));
            }
        }
        out.println("</urlset>");
    }

    private static void url(PrintWriter out, PublicContent.Snapshot site, String path, Instant changed) {
        out.println("  <url><loc>" + escape(site.settings().origin() + path) + "</loc><lastmod>"
                + DateTimeFormatter.ISO_LOCAL_DATE.format(changed.atOffset(ZoneOffset.UTC)) + "</lastmod></url>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
