package com.pks.clinic.web.testing;

import java.util.Map;

import com.pks.clinic.admin.api.AccountService;
import com.pks.clinic.admin.api.AuditService;
import com.pks.clinic.admin.api.BackupService;
import com.pks.clinic.admin.api.PasswordLinkService;
import com.pks.clinic.admin.api.SetUpService;
import com.pks.clinic.admin.api.SignInService;
import com.pks.clinic.admin.internal.account.DefaultAccountService;
import com.pks.clinic.admin.internal.account.DefaultPasswordLinkService;
import com.pks.clinic.admin.internal.account.DefaultSignInService;
import com.pks.clinic.admin.internal.audit.DefaultAuditService;
import com.pks.clinic.admin.internal.backup.DefaultBackupService;
import com.pks.clinic.admin.internal.setup.DefaultSetUpService;
import com.pks.clinic.content.api.CollectionService;
import com.pks.clinic.content.api.MediaService;
import com.pks.clinic.content.api.NavigationService;
import com.pks.clinic.content.api.PageService;
import com.pks.clinic.content.api.ReadershipService;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.content.internal.collection.DefaultCollectionService;
import com.pks.clinic.content.internal.media.DefaultMediaService;
import com.pks.clinic.content.internal.navigation.DefaultNavigationService;
import com.pks.clinic.content.internal.page.DefaultPageService;
import com.pks.clinic.content.internal.readership.DefaultReadershipService;
import com.pks.clinic.content.internal.settings.DefaultSiteSettingsService;
import com.pks.clinic.inquiry.api.InquiryEncryption;
import com.pks.clinic.inquiry.api.InquiryService;
import com.pks.clinic.inquiry.api.ScreeningService;
import com.pks.clinic.inquiry.api.StaffMail;
import com.pks.clinic.inquiry.internal.notify.DefaultStaffMail;
import com.pks.clinic.inquiry.internal.protect.DefaultInquiryEncryption;
import com.pks.clinic.inquiry.internal.screening.DefaultScreeningService;
import com.pks.clinic.inquiry.internal.submit.DefaultInquiryService;

/**
 * Every service of the site, by its api interface, with the session bean that implements it: the in-container role
 * test calls each operation of each, and RoleTableTest checks that this list misses none.
 */
public final class Services {

    public static final Map<Class<?>, Class<?>> IMPLEMENTATIONS = Map.ofEntries(
            Map.entry(PageService.class, DefaultPageService.class),
            Map.entry(CollectionService.class, DefaultCollectionService.class),
            Map.entry(NavigationService.class, DefaultNavigationService.class),
            Map.entry(SiteSettingsService.class, DefaultSiteSettingsService.class),
            Map.entry(MediaService.class, DefaultMediaService.class),
            Map.entry(ReadershipService.class, DefaultReadershipService.class),
            Map.entry(InquiryService.class, DefaultInquiryService.class),
            Map.entry(ScreeningService.class, DefaultScreeningService.class),
            Map.entry(InquiryEncryption.class, DefaultInquiryEncryption.class),
            Map.entry(StaffMail.class, DefaultStaffMail.class),
            Map.entry(SignInService.class, DefaultSignInService.class),
            Map.entry(SetUpService.class, DefaultSetUpService.class),
            Map.entry(AccountService.class, DefaultAccountService.class),
            Map.entry(PasswordLinkService.class, DefaultPasswordLinkService.class),
            Map.entry(AuditService.class, DefaultAuditService.class),
            Map.entry(BackupService.class, DefaultBackupService.class));

    private Services() {
    }
}
