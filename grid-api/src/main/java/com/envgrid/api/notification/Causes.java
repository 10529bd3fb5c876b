package com.envgrid.api.notification;

import com.envgrid.api.accountability.AccountabilityChanged;
import com.envgrid.api.complaint.ComplaintReplyPublished;
import com.envgrid.api.duty.DutiesAssigned;
import com.envgrid.api.emergency.EmergencyOpened;
import com.envgrid.api.emergency.TeamMember;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.problem.CaseAssigned;
import com.envgrid.api.radiation.LicenceExpiring;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.notification.EmailAddress;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The changes people are told of as they happen, each heard inside the transaction that makes it: a reply published
 * to a complainant who gave an e-mail address, a case assigned to a supervisor, the duties a generation run gave each
 * supervisor (one digest each), a radiation safety licence about to expire (the chiefs over the holder's grid and
 * the district's administrators), an accountability record proposed (the district's administrators) or confirmed
 * (the person who answers). Escalations are noticed by {@link EscalationNotices}.
 */
@Singleton
class Causes {
    private final Outbox outbox;
    private final Staffings staffings;
    private final LiveGridLayer layer;
    private final DistrictTime time;

    Causes(Outbox outbox, Staffings staffings, LiveGridLayer layer, DistrictTime time) {
        this.outbox = outbox;
        this.staffings = staffings;
        this.layer = layer;
        this.time = time;
    }

    /** The complainant hears of a published reply when their contact holds an e-mail address; a phone is not texted. */
    @EventListener
    void replyPublished(ComplaintReplyPublished e) {
        EmailAddress.findIn(e.complainantContact()).ifPresent(address ->
                outbox.toEmail(Notices.replyPublished(e), address, e.publishedAt()));
    }

    @EventListener
    void caseAssigned(CaseAssigned e) {
        var notice = Notices.caseAssigned(e);
        staffings.contactsOf(List.of(e.assigneeId())).forEach(p -> outbox.toPerson(notice, p, e.at()));
    }

    /**
     * An emergency reported: the district's administrators, the grid's chiefs and the emergency team members on duty
     * (people of the platform as people, outside contacts by their phone), once each.
     */
    @EventListener
    void emergencyOpened(EmergencyOpened e) {
        var notice = Notices.emergencyOpened(e);
        var told = new TreeSet<>(staffings.administratorsOf(e.gridCode()));
        told.addAll(staffings.chiefsOver(e.gridCode(), e.day()));
        e.team().stream().map(TeamMember::personId).filter(Objects::nonNull).forEach(told::add);
        staffings.contactsOf(told).forEach(p -> outbox.toPerson(notice, p, e.at()));
        e.team().stream().filter(m -> m.personId() == null)
                .forEach(m -> outbox.toPhone(notice, m.phone(), e.at()));
    }

    @EventListener
    void accountability(AccountabilityChanged e) {
        String gridName = layer.layer().find(e.gridCode()).map(Grid::name).orElse(e.gridCode());
        var notice = Notices.accountability(e, gridName);
        List<Long> told = e.confirmed()
                ? (e.subjectPersonId() == null ? List.of() : List.of(e.subjectPersonId()))
                : staffings.administratorsOf(e.gridCode());
        staffings.contactsOf(told).forEach(p -> outbox.toPerson(notice, p, e.at()));
    }

    @EventListener
    void licenceExpiring(LicenceExpiring e) {
        String gridName = layer.layer().find(e.gridCode()).map(Grid::name).orElse(e.gridCode());
        var notice = Notices.licenceExpiring(e, gridName);
        Set<Long> told = new TreeSet<>(staffings.chiefsOver(e.gridCode(), time.dateOf(e.at())));
        told.addAll(staffings.administratorsOf(e.gridCode()));
        staffings.contactsOf(told).forEach(p -> outbox.toPerson(notice, p, e.at()));
    }

    @EventListener
    void dutiesAssigned(DutiesAssigned e) {
        var bySupervisor = e.duties().stream().collect(Collectors.groupingBy(DutiesAssigned.NewDuty::supervisorId));
        Map<Long, Staffings.Contact> contacts = staffings.contactsOf(bySupervisor.keySet()).stream()
                .collect(Collectors.toMap(Staffings.Contact::id, Function.identity()));
        bySupervisor.forEach((supervisor, theirs) -> {
            var contact = contacts.get(supervisor);
            if (contact != null) {
                outbox.toPerson(Notices.dutyDigest(e.period(), theirs), contact, e.at());
            }
        });
    }
}
