package org.quire.workgroup.internal;

import java.util.List;

import org.quire.workgroup.NewWorkgroup;

/** The seeded Telehealth Services Workgroup, described in Quire's own words (DESIGN.md 1b). */
final class DemoWorkgroup {

    static final NewWorkgroup TELEHEALTH = new NewWorkgroup("telehealth", "Telehealth Services Workgroup",
            """
            An ad-hoc group of medical specialties and industry stakeholders that reviews the CPT code set \
            for services delivered with telehealth technology and recommends additions and changes. Each \
            recommendation reaches the **CPT Editorial Panel** as a code change application; members remain \
            free to submit applications of their own.

            Participation rests on demonstrated expertise in telehealth technology and its clinical use, \
            not on proprietary interests. Professional and trade organizations that speak for a whole \
            category of telehealth services are preferred over representatives of a single product.""",
            List.of(
                    """
                    **Remote delivery of in-person services.** Recommend how services usually performed in \
                    person, *evaluation and management* among them, should be reported when delivered \
                    remotely: with new codes, with existing codes (with or without a modifier), or with add-on \
                    codes.""",
                    """
                    **Review and analysis of transmitted data.** Make the code set describe accurately the \
                    telehealth services in which transmitted data is reviewed and analysed:
                    - guidance on which codes fit (E/M or data-analysis codes);
                    - possible codes for analysing transmitted data;
                    - a definition of the kinds of data whose interpretation is reported separately from E/M;
                    - possible new E/M codes for emerging sites of service.""",
                    """
                    **Services already provided.** Recommend whether further telehealth codes should be \
                    created for services that clinicians already provide.""",
                    """
                    **Introductory language.** Draft new, or revise existing, introductory language (guidelines) \
                    that steers the coding of telehealth services."""),
            "TH");

    private DemoWorkgroup() {
    }
}
