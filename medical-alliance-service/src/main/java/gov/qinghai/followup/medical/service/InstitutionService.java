package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.medical.domain.County;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.InstitutionShape;
import gov.qinghai.followup.medical.domain.Prefecture;
import gov.qinghai.followup.medical.domain.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Registers institutions; keeps 市州 and county consistent so coverage per 市州 counts them right. */
@ApplicationScoped
public class InstitutionService {

    @Transactional
    public Institution create(InstitutionInput in) {
        if (Institution.byName(in.name().strip()).isPresent()) {
            throw Problems.conflict(Detail.of("med.institution.name-exists",
                    "an institution named '{0}' already exists",
                    in.name().strip()));
        }
        Institution i = new Institution();
        apply(i, in);
        i.persist();
        return i;
    }

    @Transactional
    public Institution update(long id, InstitutionInput in) {
        Institution i = find(id);
        if (in.version() == null) {
            throw Problems.badRequest("version", Detail.of("med.version.required", "version is required on update"));
        }
        if (i.version != in.version()) {
            throw Problems.staleVersion("institution " + id, in.version(), i.version);
        }
        apply(i, in);
        Institution.flush();
        return i;
    }

    /**
     * Sets where the institution hears about its referrals (140号 三(二)4): an admin's change, audited with the
     * institution's other fields. A blank value clears that channel.
     */
    @Transactional
    public Institution contact(long id, ContactInput in) {
        if (in.webhook() != null && !in.webhook().matches(ContactInput.WEBHOOK)) {
            throw Problems.badRequest("webhook", Detail.of("med.institution.webhook-form",
                    "webhook must be an http(s) URL"));
        }
        Institution i = find(id);
        if (i.version != in.version()) {
            throw Problems.staleVersion("institution " + id, in.version(), i.version);
        }
        String webhook = blankToNull(in.webhook());
        if (webhook != null) {
            try {
                Recipient.webhook(webhook);
            } catch (IllegalArgumentException e) {
                throw Problems.unprocessable("webhook", Detail.of("med.institution.webhook-host",
                        "the webhook must be an http(s) URL with a host"));
            }
        }
        i.contactEmail = blankToNull(in.email());
        i.contactWebhook = webhook;
        Institution.flush();
        return i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static Institution find(long id) {
        return Institution.<Institution>findByIdOptional(id).orElseThrow(() -> Problems.notFound("institution", id));
    }

    /** An institution named in a request body: unknown → 422 naming the field. */
    public static Institution findForField(long id, String field) {
        return Institution.<Institution>findByIdOptional(id)
                .orElseThrow(() -> Problems.unprocessable(field, Detail.of("med.institution.unknown",
                        "institution {0} does not exist", id)));
    }

    private static void apply(Institution i, InstitutionInput in) {
        Long prefectureId = in.prefectureId();
        if (in.countyId() != null) {
            County c = County.<County>findByIdOptional(in.countyId())
                    .orElseThrow(() -> Problems.unprocessable("countyId", Detail.of("med.county.unknown",
                            "county {0} does not exist", in.countyId())));
            if (prefectureId != null && !prefectureId.equals(c.prefectureId)) {
                throw Problems.unprocessable("countyId", Detail.of("med.county.other-prefecture",
                        "county {0} is not in 市州 {1}", c.name, prefectureId));
            }
            prefectureId = c.prefectureId;
        }
        if (prefectureId != null && Prefecture.findById(prefectureId) == null) {
            throw Problems.unprocessable("prefectureId", Detail.of("med.prefecture.unknown", "市州 {0} does not exist",
                    prefectureId));
        }
        if (prefectureId == null && in.tier() != Tier.PROVINCE) {
            throw Problems.unprocessable("prefectureId", Detail.of("med.institution.prefecture-required",
                    "only provincial institutions may have no 市州"));
        }
        InstitutionShape.check(in.kind(), in.tier(), in.level(), in.countyId()).ifPresent(v -> {
            throw Problems.unprocessable(v.field(), v.detail());
        });
        i.name = in.name().strip();
        i.level = in.level();
        i.ownership = in.ownership();
        i.kind = in.kind();
        i.tier = in.tier();
        i.prefectureId = prefectureId;
        i.countyId = in.countyId();
        i.source = in.source();
    }
}
