package com.pks.clinic.admin.internal.backup;

import static com.pks.clinic.admin.api.AdminRoles.ADMINISTRATOR;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.pks.clinic.admin.api.Backup;
import com.pks.clinic.admin.api.BackupService;
import com.pks.clinic.admin.api.BackupUnderWay;

/**
 * Backups from the console, for Administrators: made on the server's managed executor, each audited when done with
 * who asked for it and its outcome.
 */
@Stateless
@DeclareRoles(ADMINISTRATOR)
@TransactionManagement(TransactionManagementType.BEAN) // the backup runs outside a transaction, the audit in one
public class DefaultBackupService implements BackupService {

    private static final Logger LOG = Logger.getLogger(DefaultBackupService.class.getName());

    @Inject
    private BackupMaker maker;

    @Inject
    private BackupFolders folders;

    @Inject
    private BackupAudit audit;

    @Resource
    private SessionContext session;

    @Resource
    private ManagedExecutorService executor;

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public boolean startBackup(String clientAddress) {
        String who = session.getCallerPrincipal().getName();
        return maker.startUnlessBusy(who, executor)
                .map(making -> making.thenAccept(made -> audit.made(made, who, clientAddress))
                        .exceptionally(failed -> {
                            LOG.log(Level.SEVERE, "A backup asked for by " + who + " was not made or audited", failed);
                            return null;
                        }))
                .isPresent();
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public Optional<BackupUnderWay> underWay() {
        return maker.underWay();
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public List<Backup> list() {
        Optional<String> beingMade = maker.underWay().map(BackupUnderWay::name);
        return folders.all().stream().filter(backup -> beingMade.filter(backup.name()::equals).isEmpty()).toList();
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public String folder() {
        return folders.root().toString();
    }
}
