package org.quire.descriptor;

import org.quire.descriptor.internal.TelemedicineDemo;

/** The demo proposal's descriptor set, for the demo seeder: invented codes and wording, valid as it stands. */
public final class DemoDescriptors {

    private DemoDescriptors() {
    }

    /** A telemedicine E/M-shaped set: audio-video and audio-only visits, a check-in, an add-on, a deletion. */
    public static DescriptorSet telemedicine() {
        return TelemedicineDemo.set();
    }
}
