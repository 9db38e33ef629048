package org.quire.revision;

import java.util.Random;

/**
 * Workgroup-like Markdown prose for tests and benchmarks: paragraphs as single long lines, list
 * items, bold phrases, code numbers and punctuation, from a seeded generator.
 */
public final class SampleProse {

    private static final String[] WORDS = ("the a of to and in for with by on or as is are be may not when "
            + "that this each per which during only than within should must report reported reporting code codes "
            + "service services patient patients physician physicians qualified health care professional clinical "
            + "staff time minutes interactive audio video telecommunications system real synchronous asynchronous "
            + "remote monitoring physiologic device devices data transmission review interpretation management "
            + "treatment evaluation visit visits encounter established new problem problems decision making "
            + "medical complexity low moderate high calendar month days period initial subsequent follow up "
            + "consultation referral request written verbal assessment plan documentation medical record "
            + "location originating distant site home facility rural urban broadband connection failure "
            + "technology platform secure privacy consent caregiver family member interpreter language "
            + "guideline guidelines introductory language descriptor descriptors parenthetical instruction "
            + "editorial panel workgroup specialty society societies comment comments proposal revision revised "
            + "deleted added existing category section subsection appendix modifier modifiers separately "
            + "bundled inclusive exclusive threshold element elements component components total cumulative "
            + "face-to-face non-face-to-face therapeutic diagnostic chronic acute condition conditions episode "
            + "episodes prior following same different day date time-based medically necessary appropriate "
            + "clinician clinicians nurse practitioner assistant supervision direct general personally performed "
            + "billing practitioner scope practice state licensure payer payers coverage policy policies")
            .split(" ");

    private SampleProse() {
    }

    public static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    public static String sentence(Random random) {
        var sentence = new StringBuilder();
        int words = 6 + random.nextInt(18);
        for (int i = 0; i < words; i++) {
            var word = switch (random.nextInt(40)) {
                case 0 -> String.valueOf(99_000 + random.nextInt(1_000));
                case 1 -> "**" + word(random) + " " + word(random) + "**";
                default -> word(random);
            };
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            sentence.append(word);
            if (i < words - 1) {
                sentence.append(random.nextInt(12) == 0 ? ", " : " ");
            }
        }
        return sentence.append(random.nextInt(15) == 0 ? ";" : ".").toString();
    }

    public static String paragraph(Random random) {
        var paragraph = new StringBuilder(random.nextInt(6) == 0 ? "- " : "");
        int sentences = 2 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            paragraph.append(i == 0 ? "" : " ").append(sentence(random));
        }
        return paragraph.toString();
    }

    /** Paragraphs separated by blank lines, about {@code characters} long. */
    public static String text(Random random, int characters) {
        var text = new StringBuilder(characters + 1_000);
        if (random.nextBoolean()) {
            text.append("## Introductory language\n\n");
        }
        while (text.length() < characters) {
            text.append(paragraph(random)).append("\n\n");
        }
        return text.toString();
    }
}
