package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DemoDescriptorsTest {

    private final DescriptorSet demo = DemoDescriptors.telemedicine();

    @Test
    void theDemoSetBreaksNoConvention() {
        var report = DescriptorValidation.validate(demo);

        assertThat(report.problems()).isEmpty();
        assertThat(report.blocksReview()).isFalse();
    }

    @Test
    void theDemoSetHasTheShapeOfTelemedicineVisitCodes() {
        var descriptors = demo.descriptors();
        var videoVisits = descriptors.stream().filter(d -> d.has(DescriptorFlag.AUDIO_VIDEO)
                && d.code().startsWith("9X0X")).toList();
        var voiceVisits = descriptors.stream().filter(d -> d.has(DescriptorFlag.AUDIO_ONLY)
                && d.code().startsWith("9X1X")).toList();

        assertThat(videoVisits).hasSize(8);
        assertThat(voiceVisits).hasSize(8);
        assertThat(descriptors.stream().filter(Descriptor::hasParent)).hasSize(12);
        assertThat(descriptors).extracting(Descriptor::action)
                .contains(DescriptorAction.NEW, DescriptorAction.REVISED, DescriptorAction.DELETED);
        assertThat(descriptors).anyMatch(d -> d.has(DescriptorFlag.ADD_ON));
        assertThat(descriptors).allMatch(d -> CodeFormat.isPlaceholder(d.code()));
    }

    @Test
    void theDemoSetStaysTheSameFromOneStartToTheNext() {
        assertThat(DemoDescriptors.telemedicine()).isEqualTo(demo);
    }

    @Test
    void theDemoWordingIsOursNotTheCptBooks() {
        // a few phrases that mark real CPT E/M descriptors; the demo must not lean on them
        for (var descriptor : demo.descriptors()) {
            var text = (descriptor.text() + " " + descriptor.currentText()).toLowerCase(Locale.ROOT);
            assertThat(text).doesNotContain("medically appropriate", "medical decision making",
                    "must be met or exceeded", "synchronous audio");
        }
    }
}
