package org.quire.descriptor.internal;

import static org.quire.descriptor.DescriptorAction.DELETED;
import static org.quire.descriptor.DescriptorAction.NEW;
import static org.quire.descriptor.DescriptorAction.REVISED;
import static org.quire.descriptor.DescriptorFlag.ADD_ON;
import static org.quire.descriptor.DescriptorFlag.AUDIO_ONLY;
import static org.quire.descriptor.DescriptorFlag.AUDIO_VIDEO;
import static org.quire.descriptor.DescriptorFlag.OUT_OF_NUMERIC_ORDER;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;

/**
 * An invented family in the shape of telemedicine E/M codes: audio-video and audio-only visits for
 * new and established patients at four levels (by clinical reasoning or time), a brief check-in, an
 * add-on for prolonged time and a deleted code. Codes are placeholders and all wording is ours: real
 * CPT descriptor text is copyrighted by the AMA and must not appear here. Ids are fixed, so a seeded
 * set keeps its ids from one start to the next.
 */
public final class TelemedicineDemo {

    private static final String[] LEVELS = {"uncomplicated clinical reasoning",
        "clinical reasoning of limited complexity", "clinical reasoning of moderate complexity",
        "clinical reasoning of extensive complexity"};
    private static final int[] NEW_PATIENT_MINUTES = {15, 30, 45, 60};
    private static final int[] KNOWN_PATIENT_MINUTES = {10, 20, 30, 40};

    private TelemedicineDemo() {
    }

    public static DescriptorSet set() {
        return new DescriptorSet(List.of(audioVideo(), audioOnly(), briefAndProlonged()),
                Set.of("99202", "99205", "99212", "99215"));
    }

    private static CodeFamily audioVideo() {
        var link = "live two-way audio-video link";
        var visits = new ArrayList<Descriptor>();
        visits.addAll(levels("9X0X", 1, link, "a patient new to the practice", NEW_PATIENT_MINUTES, AUDIO_VIDEO,
                "For an in-person visit with a new patient, see 99202-99205"));
        visits.addAll(levels("9X0X", 5, link, "a patient the practice already knows", KNOWN_PATIENT_MINUTES,
                AUDIO_VIDEO, "For an in-person visit with a known patient, see 99212-99215"));
        return new CodeFamily(new CodeFamilyId("demo-audio-video"), "Telemedicine visits by live audio-video link",
                visits);
    }

    private static CodeFamily audioOnly() {
        var link = "live audio-only link with no video";
        var visits = new ArrayList<Descriptor>();
        visits.addAll(levels("9X1X", 1, link, "a patient new to the practice", NEW_PATIENT_MINUTES, AUDIO_ONLY,
                "Do not report 9X1X1-9X1X8 for a call that turns into a video visit on the same date; "
                        + "report 9X0X1-9X0X8 for the whole visit"));
        visits.addAll(levels("9X1X", 5, link, "a patient the practice already knows", KNOWN_PATIENT_MINUTES,
                AUDIO_ONLY, "Do not report 9X1X5-9X1X8 with 9X2X0 on the same date"));
        return new CodeFamily(new CodeFamilyId("demo-audio-only"), "Telemedicine visits by live audio-only link",
                visits);
    }

    private static CodeFamily briefAndProlonged() {
        var prolonged = descriptor("9X2X5", NEW, null, "Prolonged telemedicine visit, each further 15 minutes of "
                + "the clinician's total time on the visit date beyond the time of the highest level visit "
                + "(List separately in addition to code for primary procedure)", "",
                Set.of(ADD_ON, AUDIO_VIDEO, AUDIO_ONLY),
                List.of("Use 9X2X5 together with 9X0X4, 9X0X8, 9X1X4 or 9X1X8"));
        var brief = descriptor("9X2X0", REVISED, null, "Brief live check-in by voice or video with a patient the "
                + "practice already knows, at least 5 minutes of medical discussion, to decide whether a visit is "
                + "needed, when no visit follows within 24 hours",
                "Brief check-in by telephone with a patient the practice already knows, 5 to 10 minutes of medical "
                        + "discussion, to decide whether a visit is needed",
                Set.of(OUT_OF_NUMERIC_ORDER, AUDIO_VIDEO, AUDIO_ONLY),
                List.of("Do not report 9X2X0 when a telemedicine visit on the same date follows from it"));
        var deleted = descriptor("9X2X9", DELETED, null, "",
                "Telephone call by a clinician to assess a patient's condition, 5 to 10 minutes", Set.of(),
                List.of("9X2X9 has been deleted. To report, see 9X1X5-9X1X8, 9X2X0"));
        return new CodeFamily(new CodeFamilyId("demo-brief"), "Brief communication and prolonged time",
                List.of(prolonged, brief, deleted));
    }

    /** A parent at the first level, then three indented codes for the higher levels. */
    private static List<Descriptor> levels(String prefix, int first, String link, String patient, int[] minutes,
            DescriptorFlag flag, String note) {
        var parentCode = prefix + first;
        var parent = descriptor(parentCode, NEW, null, "Telemedicine visit by " + link + " to assess and manage "
                + "the care of " + patient + ", with the history and examination the clinician judges fitting; "
                + level(0, minutes), "", Set.of(flag), List.of(note));
        var codes = new ArrayList<Descriptor>(List.of(parent));
        for (int level = 1; level < LEVELS.length; level++) {
            codes.add(descriptor(prefix + (first + level), NEW, parent.id(), level(level, minutes), "", Set.of(flag),
                    List.of()));
        }
        return codes;
    }

    private static String level(int level, int[] minutes) {
        return LEVELS[level] + ", or at least " + minutes[level] + " minutes of the clinician's total time on the "
                + "visit date";
    }

    private static Descriptor descriptor(String code, DescriptorAction action, @Nullable DescriptorId parent,
            String text, String currentText, Set<DescriptorFlag> flags, List<String> notes) {
        return new Descriptor(new DescriptorId("demo-" + code.toLowerCase(Locale.ROOT)), code, action, parent, text,
                currentText, flags, notes);
    }
}
