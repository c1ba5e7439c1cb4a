package dev.waymark;

import dev.waymark.account.ui.AccountView;
import dev.waymark.account.ui.ApiTokensView;
import dev.waymark.account.ui.UsersView;
import dev.waymark.audit.ui.AuditView;
import dev.waymark.base.ui.StaffLink;
import dev.waymark.base.ui.StaffMenu;
import dev.waymark.guide.editor.ui.GuideListView;
import dev.waymark.importer.ui.ImportView;
import dev.waymark.operator.ui.OperatorListView;
import dev.waymark.review.ui.InboxView;
import dev.waymark.webhook.ui.WebhooksView;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The staff menu: the one place that knows every feature's staff screens. It sits at the root, which no feature
 * imports, so the features' views and the shared layout depend on {@code base/ui} only.
 */
@Component
class StaffNavigation implements StaffMenu {

    private static final Set<String> EDITORS = Set.of("EDITOR", "ADMIN");
    private static final Set<String> ADMINS = Set.of("ADMIN");
    private static final Set<String> ANYONE = Set.of();

    private static final List<StaffLink> LINKS = List.of(
            new StaffLink("staff.nav.inbox", InboxView.class, EDITORS),
            new StaffLink("staff.nav.guides", GuideListView.class, EDITORS),
            new StaffLink("staff.nav.operators", OperatorListView.class, EDITORS),
            new StaffLink("staff.nav.tokens", ApiTokensView.class, EDITORS),
            new StaffLink("staff.nav.users", UsersView.class, ADMINS),
            new StaffLink("staff.nav.audit", AuditView.class, ADMINS),
            new StaffLink("staff.nav.webhooks", WebhooksView.class, ADMINS),
            new StaffLink("staff.nav.import", ImportView.class, ANYONE),
            new StaffLink("staff.nav.account", AccountView.class, ANYONE));

    @Override
    public List<StaffLink> links() {
        return LINKS;
    }
}
