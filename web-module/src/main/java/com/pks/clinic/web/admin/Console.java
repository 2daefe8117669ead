package com.pks.clinic.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

import com.pks.clinic.admin.api.AdminRoles;
import com.pks.clinic.admin.api.StaffPrincipal;
import com.pks.clinic.web.platform.security.IdleTimeout;

/**
 * What every console screen shares, for the admin template and the screens in it: the name the signed-in person is
 * greeted by, which of the three roles they hold (the navigation and the dashboard show only what a role may use;
 * the services enforce the same roles again) and how long a session may stay idle (for the warning before it ends).
 * Times are written by {@code ClinicTime}: {@code #{clinicTime.ago(at)}}, {@code #{clinicTime.format(at)}} and
 * {@code #{clinicTime.iso(at)}} for the {@code datetime} attribute of a {@code <time>} element.
 */
@Named
@RequestScoped
public class Console {

    /** The console's screens in the order of the navigation, each with the roles that may open it (none: all). */
    private static final List<Section> SECTIONS = List.of(
            new Section("Dashboard", "/admin", true),
            new Section("Inquiries", "/admin/inquiries", false, AdminRoles.ADMINISTRATOR, AdminRoles.INTAKE),
            new Section("Pages", "/admin/pages", false, AdminRoles.ADMINISTRATOR, AdminRoles.EDITOR),
            new Section("Articles", "/admin/lists?list=article", false, AdminRoles.ADMINISTRATOR, AdminRoles.EDITOR),
            new Section("Team", "/admin/lists?list=team", false, AdminRoles.ADMINISTRATOR, AdminRoles.EDITOR),
            new Section("Questions", "/admin/lists?list=faq", false, AdminRoles.ADMINISTRATOR, AdminRoles.EDITOR),
            new Section("Conditions", "/admin/lists?list=condition", false, AdminRoles.ADMINISTRATOR,
                    AdminRoles.EDITOR),
            new Section("Media", "/admin/media", false, AdminRoles.ADMINISTRATOR, AdminRoles.EDITOR),
            new Section("Site menu", "/admin/menu", false, AdminRoles.ADMINISTRATOR, AdminRoles.EDITOR),
            new Section("Clinic details", "/admin/clinic", false, AdminRoles.ADMINISTRATOR, AdminRoles.EDITOR),
            new Section("My account", "/admin/account", false),
            new Section("Accounts", "/admin/accounts", false, AdminRoles.ADMINISTRATOR),
            new Section("Audit log", "/admin/audit", false, AdminRoles.ADMINISTRATOR),
            new Section("Backups", "/admin/backups", false, AdminRoles.ADMINISTRATOR),
            new Section("Help", "/admin/help", false));

    @Inject
    private SecurityContext security;

    @Inject
    private HttpServletRequest request;

    private String displayName;
    private List<ConsoleLink> navigation;

    /** A link of the console's navigation; {@code current} is the value of its aria-current, or null. */
    public record ConsoleLink(String label, String path, String current) {
    }

    private record Section(String label, String path, boolean home, String... roles) {
    }

    /** The signed-in person's name as their account gives it, else their username; empty when nobody is signed in. */
    public String getDisplayName() {
        if (displayName == null) {
            displayName = staffPrincipal().map(StaffPrincipal::displayName).filter(name -> !name.isBlank())
                    .or(() -> Optional.ofNullable(callerPrincipal()).map(Principal::getName))
                    .orElse("");
        }
        return displayName;
    }

    /** Whether this account is the signed-in person's own: the accounts screen offers no way to lock oneself out. */
    public boolean isSignedInAs(String username) {
        Principal caller = callerPrincipal();
        return caller != null && caller.getName().equalsIgnoreCase(username);
    }

    public boolean isAdministrator() {
        return inRole(AdminRoles.ADMINISTRATOR);
    }

    public boolean isEditor() {
        return inRole(AdminRoles.EDITOR);
    }

    public boolean isIntake() {
        return inRole(AdminRoles.INTAKE);
    }

    /** The screens the caller's roles include, the one on show marked for aria-current. */
    public List<ConsoleLink> getNavigation() {
        if (navigation == null) {
            String viewId = viewId();
            List<ConsoleLink> links = new ArrayList<>();
            for (Section section : SECTIONS) {
                if (section.roles().length == 0 || anyRole(section.roles())) {
                    // the dashboard is its folder's welcome page: /admin/, as the home page is /
                    String href = section.home() ? section.path() + "/" : section.path();
                    links.add(new ConsoleLink(section.label(), href, current(section, viewId,
                            request.getParameter("list"))));
                }
            }
            navigation = List.copyOf(links);
        }
        return navigation;
    }

    /** Whether there are Faces messages for the whole page (not for one field) to show under the header. */
    public boolean hasGlobalMessages() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && !faces.getMessageList(null).isEmpty();
    }

    /** After how many seconds without a request the session ends; the idle warning counts down from it. */
    public int getIdleSeconds() {
        return IdleTimeout.seconds(ConfigProvider.getConfig());
    }

    /** The idle time-out in words, such as "15 minutes", for the help page. */
    public String getIdleInWords() {
        int seconds = getIdleSeconds();
        return seconds % 60 == 0 ? plural(seconds / 60, "minute") : plural(seconds, "second");
    }

    static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /**
     * aria-current: "page" on the screen itself, "true" on a screen inside its section, else none. The lists share
     * their screens: a section of one list ({@code ?list=team}) is current only for that list.
     */
    static String current(Section section, String viewId, String list) {
        String[] pathAndList = section.path().split("\\?list=");
        if (viewId == null || pathAndList.length > 1 && !pathAndList[1].equals(list)) {
            return null;
        }
        String path = pathAndList[0];
        if (viewId.equals(path + ".xhtml") || viewId.equals(path + "/index.xhtml")) {
            return "page";
        }
        return !section.home() && viewId.startsWith(path + "/") ? "true" : null;
    }

    private Optional<StaffPrincipal> staffPrincipal() {
        Principal caller = callerPrincipal();
        if (caller instanceof StaffPrincipal staff) {
            return Optional.of(staff);
        }
        return caller == null ? Optional.empty()
                : security.getPrincipalsByType(StaffPrincipal.class).stream().findFirst();
    }

    private Principal callerPrincipal() {
        Principal caller = security.getCallerPrincipal();
        return caller != null ? caller : request.getUserPrincipal();
    }

    private boolean anyRole(String... roles) {
        for (String role : roles) {
            if (inRole(role)) {
                return true;
            }
        }
        return false;
    }

    private boolean inRole(String role) {
        return callerPrincipal() != null && security.isCallerInRole(role);
    }

    private static String viewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
    }
}
