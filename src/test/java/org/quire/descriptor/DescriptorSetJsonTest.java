package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.quire.shared.InputRejected;

import tools.jackson.databind.json.JsonMapper;

/**
 * The next step stores a set as a JSON document through the revision module: plain Jackson must
 * carry the records there and back, and a damaged document must come back as the limit messages.
 */
class DescriptorSetJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final DescriptorSet demo = DemoDescriptors.telemedicine();

    @Test
    void aSetSurvivesAJsonRoundTripUnchanged() {
        var text = json.writeValueAsString(demo);

        assertThat(json.readValue(text, DescriptorSet.class)).isEqualTo(demo);
        assertThat(json.writeValueAsString(json.readValue(text, DescriptorSet.class))).isEqualTo(text);
    }

    @Test
    void theDocumentHoldsTheRecordComponentsOnly() {
        var descriptor = json.readTree(json.writeValueAsString(demo)).get("families").get(0).get("descriptors").get(1);

        assertThat(descriptor.propertyNames()).containsExactlyInAnyOrder("id", "code", "action", "parent", "text",
                "currentText", "flags", "notes");
    }

    @Test
    void aDamagedDocumentIsRefusedWithTheLimitMessages() {
        var damaged = """
                {"families": [{"id": {"value": "f"}, "name": "Visits", "descriptors": [
                  {"id": {"value": "d"}, "code": "9X0X1", "action": "NEW", "text": "%s"}]}],
                 "externalCodes": []}
                """.formatted("a".repeat(1_001));

        var thrown = catchThrowable(() -> json.readValue(damaged, DescriptorSet.class));

        var rejected = findRejection(thrown);
        assertThat(rejected.problems())
                .containsExactly("Descriptor 9X0X1: the text has 1,001 characters; at most 1,000 are allowed.");
    }

    private static InputRejected findRejection(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputRejected rejected) {
                return rejected;
            }
        }
        throw new AssertionError("no InputRejected in " + thrown);
    }
}
