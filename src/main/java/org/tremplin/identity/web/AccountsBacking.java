package org.tremplin.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Messages;
import org.tremplin.identity.application.AccountService;
import org.tremplin.identity.domain.Account;
import org.tremplin.identity.domain.PasswordPolicy;
import org.tremplin.identity.domain.Role;
import org.tremplin.programme.application.ProgrammeService;
import org.tremplin.programme.domain.Programme;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.web.EditableList;

/** admin/accounts.xhtml: accounts, their role, their sites (or funded programmes), their password. */
@Named
@ViewScoped
public class AccountsBacking extends EditableList<Account> {

    @Inject
    AccountService accounts;

    @Inject
    ProgrammeService programmes;

    private String username;
    private String password;
    private List<Long> siteIds = new ArrayList<>();
    private List<Long> programmeIds = new ArrayList<>();

    @Override
    protected List<Account> load() {
        return accounts.all();
    }

    @Override
    protected Account blank() {
        username = null;
        password = null;
        siteIds = new ArrayList<>();
        programmeIds = new ArrayList<>();
        return new Account("new", "", Role.COORDINATOR);
    }

    @Override
    protected Account reload(Account item) {
        Account account = accounts.get(item.getId());
        username = account.getUsername();
        password = null;
        siteIds = new ArrayList<>(account.getSites().stream().map(Site::getId).toList());
        programmeIds = new ArrayList<>(account.getProgrammes().stream().map(Programme::getId).toList());
        return account;
    }

    @Override
    public void save() {
        boolean isNew = getCurrent().isNew();
        if ((isNew || (password != null && !password.isEmpty()))) {
            String refused = PasswordPolicy.check(isNew ? username : getCurrent().getUsername(), password).orElse(null);
            if (refused != null) {
                Messages.addError("account:password", refused);
                return;
            }
        }
        super.save();
    }

    @Override
    protected Account store(Account item) {
        Set<Site> sites = new HashSet<>();
        siteIds.forEach(id -> sites.add(programmes.site(id)));
        Set<Programme> funded = new HashSet<>();
        if (item.getRole() == Role.FUNDER) {
            programmeIds.forEach(id -> funded.add(programmes.programme(id)));
            sites.clear();
        }
        if (item.isNew()) {
            Account created = new Account(username, item.getDisplayName(), item.getRole());
            created.setEnabled(item.isEnabled());
            return accounts.create(created, password.toCharArray(), sites, funded);
        }
        Account updated = accounts.update(item, sites, funded);
        if (password != null && !password.isEmpty()) {
            accounts.changePassword(updated.getId(), password.toCharArray());
        }
        return updated;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<Site> getSiteChoices() {
        return programmes.sites();
    }

    public List<Programme> getProgrammeChoices() {
        return programmes.programmes();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<Long> getSiteIds() { return siteIds; }
    public void setSiteIds(List<Long> siteIds) { this.siteIds = siteIds; }
    public List<Long> getProgrammeIds() { return programmeIds; }
    public void setProgrammeIds(List<Long> programmeIds) { this.programmeIds = programmeIds; }
}
