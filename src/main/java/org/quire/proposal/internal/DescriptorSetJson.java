package org.quire.proposal.internal;

import org.quire.descriptor.DescriptorSet;
import org.quire.shared.InputRejected;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A descriptor set as the JSON text its revisions store. The records' own components are the
 * document (DD009), so the stored form changes only where a person changed the set.
 */
public final class DescriptorSetJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DescriptorSetJson() {
    }

    public static String write(DescriptorSet set) {
        return JSON.writeValueAsString(set);
    }

    /**
     * @throws InputRejected when the text is not a set the model accepts, with the model's messages
     *     (a stored revision is never damaged; this guards restores of old revisions and imports)
     */
    public static DescriptorSet read(String text) {
        if (text.isBlank()) {
            return DescriptorSet.EMPTY;
        }
        try {
            return JSON.readValue(text, DescriptorSet.class);
        } catch (JacksonException damaged) {
            for (Throwable cause = damaged; cause != null; cause = cause.getCause()) {
                if (cause instanceof InputRejected rejected) {
                    throw rejected;
                }
            }
            throw new InputRejected("The descriptor set could not be read: " + damaged.getOriginalMessage());
        }
    }
}
