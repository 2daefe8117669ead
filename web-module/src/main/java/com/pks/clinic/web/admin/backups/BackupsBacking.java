package com.pks.clinic.web.admin.backups;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.admin.api.Backup;
import com.pks.clinic.admin.api.BackupService;
import com.pks.clinic.admin.api.BackupUnderWay;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * The backups ({@code /admin/backups}, Administrators): every backup with its time, size and check, the one being
 * made, a button that starts one now, and what to do with them (copy them off the machine; restore one with the
 * command). The dashboard asks it whether the nightly backup is missing or failed.
 */
@Named
@RequestScoped
public class BackupsBacking {

    /** A nightly backup older than this is missing: one night was skipped. */
    static final Duration NIGHT_AND_A_HALF = Duration.ofHours(36);

    @Inject
    private BackupService backups;

    @Inject
    private ClientAddress client;

    @Inject
    private ClinicTime clinicTime;

    private List<Backup> list = List.of();
    private BackupUnderWay underWay;
    private Optional<String> nightlyProblem;

    public void load() {
        underWay = backups.underWay().orElse(null); // first: one done in between is then in the list, not in neither
        list = backups.list();
    }

    /** Starts a backup and shows this screen again at once, with the backup under way (backup-progress.js). */
    public void backUpNow() throws IOException {
        if (backups.startBackup(client.get())) {
            Messages.addFlashGlobalInfo("The backup has started. You can go on working: it is made and checked in "
                    + "the background, and this screen shows it when it is done.");
        } else {
            Messages.addFlashGlobalWarn("Another backup is being made at this moment, so no second one was started. "
                    + "It appears in the list below when it is done.");
        }
        Faces.redirect(Faces.getRequestContextPath() + "/admin/backups");
    }

    /** When the nightly backup is made, in the clinic's time ("2:40 AM"), though its timer runs in the server's. */
    public String getNightlyAt() {
        Instant tonight = LocalDate.now(ZoneId.systemDefault())
                .atTime(BackupService.NIGHTLY_HOUR, BackupService.NIGHTLY_MINUTE)
                .atZone(ZoneId.systemDefault()).toInstant();
        return DateTimeFormatter.ofPattern("h:mm a", Locale.US).withZone(clinicTime.zone()).format(tonight);
    }

    public List<Backup> getBackups() {
        return list;
    }

    /** The backup being made at this moment, or {@code null}. */
    public BackupUnderWay getUnderWay() {
        return underWay;
    }

    /** How the list's newest backup went, in a sentence: what the screen announces when a backup is done. */
    public String summary(Backup backup) {
        return "Backup " + backup.name() + (backup.checked() ? " is made. " : " did not succeed. ") + backup.outcome();
    }

    public String getFolder() {
        return backups.folder();
    }

    /**
     * What is wrong with the nightly backups, in a sentence for the dashboard, or {@code null} when the last night's
     * was made and checked (or none was due yet: the first night has not come).
     */
    public String getNightlyProblem() {
        if (nightlyProblem == null) {
            nightlyProblem = Optional.ofNullable(nightlyProblemNow());
        }
        return nightlyProblem.orElse(null);
    }

    private String nightlyProblemNow() {
        Optional<Backup> lastNight = backups.list().stream().filter(Backup::nightly).findFirst();
        if (lastNight.isEmpty()) {
            return null;
        }
        if (!lastNight.get().checked()) {
            return "The last nightly backup (" + lastNight.get().name() + ") failed: " + lastNight.get().outcome();
        }
        if (lastNight.get().madeAt().isBefore(Instant.now().minus(NIGHT_AND_A_HALF))) {
            return "No nightly backup was made since " + lastNight.get().name() + ". Is the site restarted every "
                    + "night, or is the backup folder full?";
        }
        return null;
    }

    /** A size in words: "4.2 MB". */
    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1024.0 / 1024.0)
                : Math.max(1, bytes / 1024) + " KB";
    }
}
