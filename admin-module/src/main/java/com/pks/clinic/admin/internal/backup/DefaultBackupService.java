package com.pks.clinic.admin.internal.backup;

import static com.pks.clinic.admin.api.AdminRoles.ADMINISTRATOR;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

import com.pks.clinic.admin.api.Backup;
import com.pks.clinic.admin.api.BackupService;

/** Backups from the console, for Administrators; each one is audited with who asked for it and its outcome. */
@Stateless
@DeclareRoles(ADMINISTRATOR)
@TransactionManagement(TransactionManagementType.BEAN) // the backup runs outside a transaction, the audit in one
public class DefaultBackupService implements BackupService {

    @Inject
    private BackupMaker maker;

    @Inject
    private BackupFolders folders;

    @Inject
    private BackupAudit audit;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public Optional<Backup> backUpNow(String clientAddress) {
        String who = session.getCallerPrincipal().getName();
        Optional<Backup> made = maker.makeUnlessBusy(who);
        made.ifPresent(backup -> audit.made(backup, who, clientAddress));
        return made;
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public List<Backup> list() {
        return folders.all();
    }

    @Override
    @RolesAllowed(ADMINISTRATOR)
    public String folder() {
        return folders.root().toString();
    }
}
