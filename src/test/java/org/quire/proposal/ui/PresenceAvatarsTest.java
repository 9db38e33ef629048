package org.quire.proposal.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PresenceAvatarsTest {

    @Test
    void initialsUseFirstAndLastNameWithoutTitles() {
        assertThat(PresenceAvatars.initials("Dr. Rafael Okafor")).isEqualTo("RO");
        assertThat(PresenceAvatars.initials("Dana Whitfield")).isEqualTo("DW");
        assertThat(PresenceAvatars.initials("staff")).isEqualTo("S");
        assertThat(PresenceAvatars.initials("Dr.")).isEqualTo("D");
        assertThat(PresenceAvatars.initials("  ")).isEqualTo("?");
    }
}
