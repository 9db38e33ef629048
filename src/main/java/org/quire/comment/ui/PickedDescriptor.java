package org.quire.comment.ui;

import org.quire.descriptor.DescriptorId;

/** A descriptor a reader picked to comment on. */
record PickedDescriptor(DescriptorId descriptor, String code) {
}
