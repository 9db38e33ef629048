package org.quire.workgroup.internal;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.DemoAccount;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.quire.workgroup.DemoWorkgroupReady;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.WorkgroupRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the demo workgroup and its memberships when the database does not have it yet.
 * Each step checks what exists (and the unique indexes catch a race), so a restart, or two nodes
 * starting together, create nothing twice. Then {@link DemoWorkgroupReady} lets other modules seed theirs. The memberships are keyed to the demo accounts at the
 * provider in use (the embedded one, or Keycloak with the imported realm of docker-compose).
 */
@Component
@ConditionalOnBooleanProperty(name = "quire.seed.demo-workgroup", matchIfMissing = true)
class DemoWorkgroupSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkgroupSeeder.class);

    private final WorkgroupStore workgroups;
    private final MembershipStore memberships;
    private final PersonDirectory people;
    private final SignInSettings signIn;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DemoWorkgroupSeeder(WorkgroupStore workgroups, MembershipStore memberships, PersonDirectory people,
            SignInSettings signIn, AuditTrail audit, ApplicationEventPublisher events) {
        this.workgroups = workgroups;
        this.memberships = memberships;
        this.people = people;
        this.signIn = signIn;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        var request = DemoWorkgroup.TELEHEALTH;
        var workgroup = workgroups.findBySlug(request.slug()).orElseGet(() -> {
            try {
                var created = workgroups.create(request);
                audit.record(AuditEntry.of(PersonKey.SYSTEM, "workgroup.created", created.id().value(), "workgroup",
                        created.id().value()).withChange(null, created.name()));
                log.info("Seeded the demo workgroup '{}'", created.name());
                return created;
            } catch (DuplicateKeyException raced) {
                return workgroups.findBySlug(request.slug()).orElseThrow();
            }
        });
        for (var account : DemoAccount.ALL) {
            if (account.seededRole() == null) {
                continue;
            }
            var key = new PersonKey(signIn.issuer(), account.username());
            people.introduce(key, account.name(), account.email(), account.organization());
            if (memberships.find(workgroup.id(), key).isEmpty()) {
                var role = WorkgroupRole.valueOf(account.seededRole());
                memberships.add(new Membership(workgroup.id(), key, role, MembershipStatus.ACTIVE));
                audit.record(AuditEntry.of(PersonKey.SYSTEM, "workgroup.member-added", workgroup.id().value(),
                        "membership", key.toString()).withChange(null, role.name()));
            }
        }
        events.publishEvent(new DemoWorkgroupReady(workgroup.id(), workgroup.proposalPrefix(),
                new PersonKey(signIn.issuer(), "staff"),
                new PersonKey(signIn.issuer(), "member"), new PersonKey(signIn.issuer(), "commenter")));
    }
}
